import { MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, type MessageBarIntent } from "@fluentui/react-components";
import type { ReactNode, Ref } from "react";

/**
 * The pane's one way of telling the user something in a bar: Fluent's multiline MessageBar with
 * a bold title (when there is one) before the words, and its buttons (actions) after them. Every
 * view's success, warning and error messages use it, so they read and wrap alike at 320 px.
 * `focusable` lets a view move the focus onto the bar (tabIndex -1), to announce what just happened.
 */
export function Notice(props: {
  intent: MessageBarIntent;
  title?: ReactNode;
  children?: ReactNode;
  actions?: ReactNode;
  focusable?: boolean;
  ref?: Ref<HTMLDivElement>;
}) {
  return (
    <MessageBar ref={props.ref} tabIndex={props.focusable ? -1 : undefined} intent={props.intent} layout="multiline">
      <MessageBarBody>
        {props.title !== undefined && <MessageBarTitle>{props.title}</MessageBarTitle>}
        {props.children}
      </MessageBarBody>
      {props.actions && <MessageBarActions>{props.actions}</MessageBarActions>}
    </MessageBar>
  );
}
