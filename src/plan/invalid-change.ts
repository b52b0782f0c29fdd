/**
 * A change set that cannot be applied as given, found before the workbook is touched: a caller's
 * bug (a ragged write, a bad sheet name) or a write the workbook refuses (the master cell of a
 * shared formula, a protected sheet). In a file of its own so the Office adapter can recognise it
 * without loading the checks (change-set.ts) until something is written.
 */
export class InvalidChangeError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "InvalidChangeError";
  }
}
