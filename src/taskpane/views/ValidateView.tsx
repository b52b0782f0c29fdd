import { ComingSoonView } from "./ComingSoonView";

/** Placeholder until the Validate view lands. */
export default function ValidateView() {
  return <ComingSoonView title="Validate plan" />;
}
