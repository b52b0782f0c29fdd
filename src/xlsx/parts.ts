/**
 * Part names and relationships inside an OPC package (the zip behind an .xlsx). Parts are found
 * only through relationships: a package's file names and their order mean nothing.
 */
import { attr, children, child, parseXml } from "./xml";

/** One `<Relationship>` of a part. */
export interface Relationship {
  id: string;
  /** The relationship type URI, e.g. `…/relationships/worksheet`. */
  type: string;
  /** The target part's path inside the zip (no leading `/`), or the raw URI when external. */
  target: string;
  external: boolean;
}

/** The relationships part of a part: `xl/workbook.xml` → `xl/_rels/workbook.xml.rels`; `""` (the package) → `_rels/.rels`. */
export function relationshipsPathOf(partPath: string): string {
  const slash = partPath.lastIndexOf("/");
  return `${partPath.slice(0, slash + 1)}_rels/${partPath.slice(slash + 1)}.rels`;
}

/** Resolves a relationship target (relative to its source part, or absolute from the package root). */
export function resolvePartPath(sourcePart: string, target: string): string {
  const path = target.replace(/\\/g, "/").split("#")[0];
  const segments = path.startsWith("/") ? [] : sourcePart.split("/").slice(0, -1);
  for (const segment of path.split("/")) {
    if (segment === "" || segment === ".") continue;
    if (segment === "..") segments.pop();
    else segments.push(segment);
  }
  return segments.join("/");
}


/** Parses a `.rels` part whose source part is `sourcePart`. */
export function parseRelationships(xml: string, sourcePart: string): Relationship[] {
  return children(child(parseXml(xml), "Relationships"), "Relationship").map((rel) => {
    const external = attr(rel, "TargetMode") === "External";
    const target = attr(rel, "Target") ?? "";
    return {
      id: attr(rel, "Id") ?? "",
      type: attr(rel, "Type") ?? "",
      target: external ? target : resolvePartPath(sourcePart, target),
      external,
    };
  });
}

/** Whether a relationship type URI ends with `/name` (transitional and strict URIs differ before it). */
export function isRelType(rel: Relationship, name: string): boolean {
  return rel.type.endsWith(`/${name}`);
}

/**
 * Finds zip entries by part name. OPC part names compare case-insensitively and targets may be
 * percent-encoded, so an exact lookup falls back to those forms.
 */
export class PartIndex {
  private readonly byLowerCase = new Map<string, string>();

  constructor(readonly names: readonly string[]) {
    for (const name of names) this.byLowerCase.set(name.toLowerCase(), name);
  }

  /** The zip entry name of a part, or `undefined` when the package lacks it. */
  find(partPath: string): string | undefined {
    const direct = this.byLowerCase.get(partPath.toLowerCase());
    if (direct !== undefined) return direct;
    try {
      return this.byLowerCase.get(decodeURIComponent(partPath).toLowerCase());
    } catch {
      return undefined;
    }
  }
}
