import type { Rule } from "./types";

export const duplicateRef: Rule = {
  id: "duplicate-ref",
  severity: "error",
  title: "Duplicate ref",
  description: "The same ref is used on more than one action row, so updates and board reports can land on the wrong action.",
  check({ byRef }, report) {
    for (const actions of byRef.values()) {
      if (actions.length < 2) continue;
      for (const action of actions) {
        const others = actions.filter((a) => a !== action).map((a) => `${a.sheet === action.sheet ? "" : `${a.sheet} `}row ${a.row}`);
        report(action, "ref", `Ref ${action.ref} is also used on ${others.join(" and ")}.`);
      }
    }
  },
};
