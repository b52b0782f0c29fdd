import { Suspense, useState, type ReactNode } from "react";
import { ErrorBoundary } from "./ErrorBoundary";

/**
 * Holds a dialog whose code loads on demand (React.lazy): nothing is fetched or rendered until
 * the dialog is first opened, and it stays rendered after that, so its closing animation plays
 * and it opens at once the next time. While its code loads the view stays as it is.
 */
export function OnDemand({ open, children }: { open: boolean; children: ReactNode }) {
  const [wanted, setWanted] = useState(open);
  // Derived from props during render (React's documented pattern), so the dialog mounts in the same render.
  if (open && !wanted) setWanted(true);
  if (!wanted && !open) return null;
  return (
    <ErrorBoundary>
      <Suspense fallback={null}>{children}</Suspense>
    </ErrorBoundary>
  );
}
