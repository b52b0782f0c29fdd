/** @jest-environment jsdom */
import { render, screen } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { ErrorBoundary } from "../../src/taskpane/components/ErrorBoundary";

function Broken(): never {
  throw new Error("The plan view chunk could not be loaded.");
}

test("a view that fails shows what happened and a way to reload, not a blank pane", () => {
  const quiet = jest.spyOn(console, "error").mockImplementation(() => undefined);
  render(
    <FluentProvider theme={webLightTheme}>
      <ErrorBoundary>
        <Broken />
      </ErrorBoundary>
    </FluentProvider>,
  );
  expect(screen.getByRole("alert").textContent).toContain("The plan view chunk could not be loaded.");
  expect(screen.getByRole("button", { name: "Reload the pane" })).toBeTruthy();
  quiet.mockRestore();
});
