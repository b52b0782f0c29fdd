import { formatUk } from "./dates";
import { RULES, type Finding, type Severity } from "./rules";
import type { ValidationReport } from "./validate";

/** Plain-text and Markdown renderings of a validation report, for the CLI and for pasting. */

const HEADINGS: Record<Severity, string> = { error: "Errors", warning: "Warnings", info: "Notes" };
const TITLES = new Map(RULES.map((r) => [r.id, r.title]));

/** "Ready to circulate" or "3 errors, 12 warnings" (notes never block circulation). */
export function verdict(counts: Record<Severity, number>): string {
  if (counts.error === 0 && counts.warning === 0) return counts.info ? `Ready to circulate (${counts.info} note${counts.info === 1 ? "" : "s"})` : "Ready to circulate";
  const parts = [`${counts.error} error${counts.error === 1 ? "" : "s"}`, `${counts.warning} warning${counts.warning === 1 ? "" : "s"}`];
  if (counts.info) parts.push(`${counts.info} note${counts.info === 1 ? "" : "s"}`);
  return parts.join(", ");
}

/** Findings by severity (errors first), then by rule in the order first met: one pass over them. */
function groups(findings: Finding[]): [Severity, [string, Finding[]][]][] {
  const bySeverity: Record<Severity, Map<string, Finding[]>> = { error: new Map(), warning: new Map(), info: new Map() };
  for (const f of findings) {
    const byRule = bySeverity[f.severity];
    const list = byRule.get(f.rule);
    if (list) list.push(f);
    else byRule.set(f.rule, [f]);
  }
  const result: [Severity, [string, Finding[]][]][] = [];
  for (const severity of ["error", "warning", "info"] as Severity[]) if (bySeverity[severity].size) result.push([severity, [...bySeverity[severity]]]);
  return result;
}

/** A report grouped by severity and rule, ending with the verdict. */
export function reportAsText(title: string, report: ValidationReport): string {
  const lines = [`${title}: as at ${formatUk(report.asOf)}`];
  for (const [severity, rules] of groups(report.findings)) {
    lines.push("", `${HEADINGS[severity]} (${report.counts[severity]})`);
    for (const [rule, findings] of rules) {
      lines.push(`  ${TITLES.get(rule) ?? rule} [${rule}] (${findings.length})`);
      for (const f of findings) lines.push(`    ${f.sheet}!${f.cell}${f.ref ? ` ${f.ref}` : ""}: ${f.message}${f.fix ? ` Fix: set to '${f.fix.value}'.` : ""}`);
    }
  }
  lines.push("", `Verdict: ${verdict(report.counts)}`);
  return lines.join("\n");
}

function md(text: string): string {
  return text.replace(/([\\`*_[\]|<>])/g, "\\$1");
}

/** The same report in Markdown, to paste into an email or a board paper. */
export function reportAsMarkdown(title: string, report: ValidationReport): string {
  const lines = [`## ${md(title)}`, "", `As at ${formatUk(report.asOf)}. **${verdict(report.counts)}.**`];
  for (const [severity, rules] of groups(report.findings)) {
    lines.push("", `### ${HEADINGS[severity]} (${report.counts[severity]})`);
    for (const [rule, findings] of rules) {
      lines.push("", `**${md(TITLES.get(rule) ?? rule)}** (${findings.length})`, "");
      for (const f of findings) lines.push(`- \`${f.sheet}!${f.cell}\`${f.ref ? ` **${md(f.ref)}**` : ""}: ${md(f.message)}`);
    }
  }
  return lines.join("\n");
}
