import { lazy, useState, type ComponentType } from "react";

/**
 * A component whose code loads on demand, as with React.lazy, with `load()` to start fetching it
 * as soon as the user asks for what it will show (e.g. when a run starts, while the workbook is
 * read). Once the code is in, the component renders at once: React.lazy alone suspends on its
 * first render even then, so its Suspense fallback flashes and React holds the content back for a
 * moment (it throttles what a fallback reveals). Render it inside Suspense and an error boundary,
 * as React.lazy, for when it is shown before its code has arrived, or the code cannot be fetched.
 */
export function preloadable<P extends object>(factory: () => Promise<{ default: ComponentType<P> }>) {
  let loaded: ComponentType<P> | null = null;
  let loading: Promise<{ default: ComponentType<P> }> | null = null;
  const load = () => {
    loading ??= factory().then(
      (module) => {
        loaded = module.default;
        return module;
      },
      (error: unknown) => {
        // A later load (after the pane is reloaded or the connection is back) tries again.
        loading = null;
        throw error;
      },
    );
    return loading;
  };
  const Lazy = lazy(load);
  function Preloadable(props: P) {
    // Chosen once per instance: switching from the lazy wrapper to the loaded component later
    // would be a different element type, and React would throw the instance's state away.
    const [Chosen] = useState<ComponentType<P>>(() => loaded ?? Lazy);
    return <Chosen {...props} />;
  }
  return { Component: Preloadable, load };
}
