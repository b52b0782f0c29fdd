import { ComingSoonView } from "./ComingSoonView";

/** Placeholder until the Update view lands. */
export default function UpdateView() {
  return <ComingSoonView title="Add update" />;
}
