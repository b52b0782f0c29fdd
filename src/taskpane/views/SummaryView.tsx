import { ComingSoonView } from "./ComingSoonView";

/** Placeholder until the Summary view lands. */
export default function SummaryView() {
  return <ComingSoonView title="Board summary" />;
}
