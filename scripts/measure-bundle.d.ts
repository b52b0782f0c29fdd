/** Types of scripts/measure-bundle.js, for the bench (scripts/bench/bundle.ts) and its tests. */
export interface ChunkGroup {
  /** An entry's group (loaded by a page's script tags) rather than one split off for import(). */
  initial: boolean;
  /** Its JavaScript files, as built (content-hashed names). */
  files: string[];
  /** Groups that start loading with this one (webpackPreload). */
  preload: string[];
}

export interface ChunkGraph {
  groups: Record<string, ChunkGroup>;
}

export interface FirstView {
  files: string[];
  gzipBytes: number;
}

export interface BundleMeasure {
  entryGzipBytes: number;
  firstViewGzipBytes: Record<string, number>;
  allPaneJsGzipBytes: number;
  budgetGzipBytes: number;
  firstViewFiles: Record<string, string[]>;
  files: Record<string, number>;
}

export const FIRST_VIEW_BUDGET_GZIP_BYTES: number;
export const GRAPH_FILE: string;
export function readGraph(dir: string): ChunkGraph | null;
export function filesOf(graph: ChunkGraph, names: string[]): string[];
export function firstViews(graph: ChunkGraph, gzip: (file: string) => number): Record<string, FirstView>;
export function measure(dir: string): BundleMeasure;
