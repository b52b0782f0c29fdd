/** @jest-environment jsdom */
import { act, render, screen } from "@testing-library/react";
import { Suspense } from "react";
import { preloadable } from "../../src/taskpane/preloadable";

function Findings({ count }: { count: number }) {
  return <p>{`${count} findings`}</p>;
}

test("loaded ahead, it renders at once: no fallback, not even for a frame", async () => {
  const factory = jest.fn(async () => ({ default: Findings }));
  const { Component, load } = preloadable(factory);
  await load();
  render(
    <Suspense fallback={<p>Loading…</p>}>
      <Component count={3} />
    </Suspense>,
  );
  // Synchronously after the first render: React.lazy alone would show "Loading…" here.
  expect(screen.getByText("3 findings")).toBeTruthy();
  expect(screen.queryByText("Loading…")).toBeNull();
  // Rendering again (and loading again) fetches nothing more.
  await load();
  expect(factory).toHaveBeenCalledTimes(1);
});

test("not loaded yet, it suspends like React.lazy and shows the content once the code is in", async () => {
  let arrive!: () => void;
  const arrived = new Promise<void>((resolve) => (arrive = resolve));
  const { Component } = preloadable(async () => {
    await arrived;
    return { default: Findings };
  });
  render(
    <Suspense fallback={<p>Loading…</p>}>
      <Component count={2} />
    </Suspense>,
  );
  expect(screen.getByText("Loading…")).toBeTruthy();
  await act(async () => arrive());
  expect(await screen.findByText("2 findings")).toBeTruthy();
});

test("a failed fetch rejects, and the next load tries again", async () => {
  const factory = jest
    .fn<Promise<{ default: typeof Findings }>, []>()
    .mockRejectedValueOnce(new Error("Loading chunk validate-report failed."))
    .mockResolvedValueOnce({ default: Findings });
  const { load } = preloadable(factory);
  await expect(load()).rejects.toThrow("Loading chunk validate-report failed.");
  await expect(load()).resolves.toEqual({ default: Findings });
  expect(factory).toHaveBeenCalledTimes(2);
});
