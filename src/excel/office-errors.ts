/**
 * Office errors in plain words. Office.js rejects with an `OfficeExtension.Error` whose `code`
 * is one of `Excel.ErrorCodes` ("Error handling with the application-specific JavaScript APIs" and
 * the ErrorCodes enum in the API reference); its `message` is Excel's, often generic. Each code
 * gets a sentence saying what happened and what to do, and a write says "nothing was written"
 * only when the failure came before its first writing sync (`began`).
 */

/** The code and message of an Office error, whatever shape it came in. */
export function officeCode(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === "string" ? code : "";
}

/** What to tell the user for each code: what happened, and what to do. */
const SENTENCES: Record<string, string> = {
  InvalidArgument: "Excel refused the request as invalid (InvalidArgument). Reopen the pane so it reads the workbook afresh, then try again",
  InvalidReference: "A cell or sheet the add-in refers to is no longer where it was (InvalidReference). Reopen the pane so it reads the workbook afresh, then try again",
  ItemNotFound: "A sheet or table the add-in needs was renamed or deleted meanwhile (ItemNotFound). Reopen the pane so it reads the workbook afresh, then try again",
  AccessDenied: "Excel denied the change (AccessDenied): the sheet may be protected, or the workbook open read-only. Unprotect the sheet or open an editable copy, then try again",
  InvalidOperationInCellEditMode: "Excel is busy editing a cell (InvalidOperationInCellEditMode). Press Enter or Esc in the sheet, then try again",
  EditModeCannotAcquireLock: "Excel could not take the workbook for the change because someone else is changing it (EditModeCannotAcquireLock). Wait a moment, then try again",
  Conflict: "A co-author's change collided with this one (Conflict). Reopen the pane so it reads the workbook afresh, then try again",
  RequestPayloadSizeLimitExceeded: "The change was too large for Excel on the web to take in one request (RequestPayloadSizeLimitExceeded). Try again in the Excel desktop app, or with fewer changes at once",
  ResponsePayloadSizeLimitExceeded: "The workbook was too large for Excel on the web to send to the add-in (ResponsePayloadSizeLimitExceeded). Open it in the Excel desktop app to use the add-in",
  ActivityLimitReached: "Excel is handling too many requests (ActivityLimitReached). Wait a minute, then try again",
  ServiceNotAvailable: "Excel's service is not available just now (ServiceNotAvailable). Wait a minute, then try again",
  Unauthenticated: "Your sign-in to Microsoft 365 has lapsed (Unauthenticated). Sign in again, then try again",
  GeneralException: "Excel hit an internal error (GeneralException). Try again; if it keeps failing, save, close and reopen the workbook",
  InternalError: "Excel hit an internal error (InternalError). Try again; if it keeps failing, save, close and reopen the workbook",
};

/** A sentence for any Office error: the code's own, or Excel's message and code. */
export function explainOfficeError(error: unknown): string {
  const code = officeCode(error);
  if (SENTENCES[code]) return SENTENCES[code];
  const message = (error as { message?: unknown } | null)?.message;
  const text = typeof message === "string" ? message : String(error);
  return `Excel reported: ${text}${code && !text.includes(code) ? ` (${code})` : ""}. Try again; if it keeps failing, close and reopen the workbook`;
}

/** The message for a failed write: the explanation, then what was or was not written. */
export function writeFailureMessage(error: unknown, began: boolean): string {
  const outcome = began
    ? "Part of the change may have been written: check the sheet and the change log before trying again."
    : "Nothing was written.";
  return `Excel could not save the change. ${explainOfficeError(error)}. ${outcome}`;
}

/** The message for a failed read. */
export function readFailureMessage(error: unknown): string {
  return `Excel could not read this workbook. ${explainOfficeError(error)}.`;
}
