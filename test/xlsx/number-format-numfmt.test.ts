/**
 * A cross-check of the file adapter's number-format rendering (src/xlsx/number-format.ts, what
 * a cell's `text` shows) against numfmt 3.2.5, a maintained implementation of Excel's format
 * codes (https://github.com/borgar/numfmt). numfmt is a development dependency, so it checks
 * the renderer here rather than running in the CLI.
 *
 * Where the two differ, Excel is the judge, and each difference is listed below with why:
 * - A date or time format on a negative serial or one past 31/12/9999: Excel shows a row of #
 *   ("Dates and times that are negative or too large display as ######", Microsoft Support,
 *   "Format a date the way you want"); numfmt renders a date before 1900 or falls back to
 *   General. We follow Excel.
 * - Fraction formats (`# ?/?`): not rendered by our formatter (it shows the number); plans do
 *   not use them. Left out of the grid, and noted in the README.
 */
import * as numfmt from "numfmt";
import { formatNumber } from "../../src/xlsx/number-format";

const FORMATS = [
  "General", "0", "0.00", "#,##0", "#,##0.00", "0%", "0.00%", "0.00E+00",
  "dd/mm/yyyy", "d/m/yy", "d mmm yyyy", "dd-mmm-yy", "mmmm yyyy", "dddd d mmmm", "yyyy-mm-dd",
  "h:mm", "hh:mm:ss", "h:mm AM/PM", "[h]:mm", "mm:ss", "d/m/yyyy h:mm",
  '0.0"h"', "£#,##0.00", "#,##0;(#,##0)", "[Red]0.00;[Blue]-0.00", '0.00;-0.00;"zero"', "@", '"Due "dd/mm/yyyy',
];
// Plan-like values: whole days (42170 is 15/06/2015), times of day, money, shares, tiny and
// huge numbers, and the serials round Excel's fictitious 29/02/1900 (60).
const VALUES = [0, 1, 0.5, 3.14159, 1234567.891, -2500.5, 42170, 42170.75, 59, 60, 61, 1e-7, 123456789012, 0.256, 2958465];

const isDateOrTime = (code: string) => numfmt.isDateFormat(code);

describe("number formats, cross-checked with numfmt", () => {
  it.each(FORMATS)("%s renders as numfmt does (Excel's display), apart from the reasoned differences", (code) => {
    const differences: string[] = [];
    for (const value of VALUES) {
      const ours = formatNumber(value, code);
      if (isDateOrTime(code) && (value < 0 || value >= 2958466)) {
        expect(ours).toMatch(/^#+$/);
        continue;
      }
      const theirs = numfmt.format(code, value, { nbsp: false, leap1900: true });
      if (ours !== theirs) differences.push(`${value}: ours ${JSON.stringify(ours)}, numfmt ${JSON.stringify(theirs)}`);
    }
    expect(differences).toEqual([]);
  });
});
