import { Body1, Link } from "@fluentui/react-components";

/** Placeholder for the views still being built (update, validate, summary). */
export function ComingSoonView({ title }: { title: string }) {
  return (
    <Body1 as="p">
      {title} is coming soon. Meanwhile, <Link href="taskpane.html?view=plan">see how your plan was read</Link>.
    </Body1>
  );
}

export default ComingSoonView;
