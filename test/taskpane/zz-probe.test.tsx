/** @jest-environment jsdom */
import { render } from "@testing-library/react";
import { FluentProvider, webDarkTheme } from "@fluentui/react-components";
test("probe", () => {
  const { container } = render(<FluentProvider theme={webDarkTheme}>x</FluentProvider>);
  const el = container.firstElementChild as HTMLElement;
  console.log(el.className);
  for (const s of Array.from(document.querySelectorAll("style"))) {
    console.log("STYLE", s.id, (s.textContent ?? "").slice(0, 200), s.sheet?.cssRules.length, s.sheet?.cssRules[0]?.cssText.slice(0, 200));
  }
});
