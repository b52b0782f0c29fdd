/** The Office.js adapter: the only place the add-in calls Office.js. */
export { OfficeWorkbook, type OfficeWorkbookOptions } from "./office-workbook";
export { InvalidChangeError } from "../plan/invalid-change";
export {
  excelRun,
  excelRunWith,
  isInExcel,
  officeDocument,
  onSelectionChanged,
  selectCell,
  supports,
  type ExcelRun,
  type ExcelRunWith,
  type SelectionInfo,
  type Supports,
} from "./office-host";
export { OfficeSheetActions } from "./sheet-actions";
