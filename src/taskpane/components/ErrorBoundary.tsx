import { Component, type ErrorInfo, type ReactNode } from "react";
import { PaneError } from "./PaneError";

interface State {
  error: Error | null;
}

/**
 * Catches a view that fails to render or to load (a lazily loaded chunk that cannot be fetched),
 * so the pane shows what happened and a way out instead of going blank: reloading the page.
 * Put round a part loaded on its own (a dialog, a tab), it keeps the failure to that part and the
 * rest of the view stays usable; `title` then says which part failed.
 */
export class ErrorBoundary extends Component<{ children: ReactNode; title?: string }, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error("Action Plan Assistant: a view failed", error, info.componentStack);
  }

  private readonly retry = () => window.location.reload();

  override render() {
    if (this.state.error) {
      return (
        <PaneError
          title={this.props.title ?? "Something went wrong in the pane"}
          message={this.state.error.message}
          onRetry={this.retry}
        />
      );
    }
    return this.props.children;
  }
}
