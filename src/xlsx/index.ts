/** The .xlsx file adapter: opening packages, reading snapshots, writing change sets (save.ts and file.ts are Node-only). */
export { openXlsxPackage } from "./package";
export type { SheetEntry, SheetKind, SheetState, XlsxPackage } from "./package";
export type { Relationship } from "./parts";
export { relationshipsPathOf, resolvePartPath } from "./parts";
export { readWorkbookSnapshot, MAX_CELLS } from "./read-snapshot";
export type { ReadOptions } from "./read-snapshot";
export { XlsxWorkbook } from "./xlsx-workbook";
export { formatCellText, formatNumber, formatString, isDateFormat } from "./number-format";
export type { FormatOptions } from "./number-format";
export { BUILTIN_NUMBER_FORMATS } from "./styles";
export type { StyleTable } from "./styles";
export { writeChangeSet, WorkbookWriteError } from "./writer";
export type { WriteReport, WriteResult } from "./writer";
export { verifyWrite } from "./verify";
