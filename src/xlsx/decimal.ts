/**
 * Decimal rendering of doubles as Excel shows them: Excel keeps 15 significant digits and rounds
 * half away from zero on those digits, so 1.005 shows as 1.01 where `toFixed(2)` gives 1.00.
 */

/** A non-negative number rounded to `decimals` places: its integer and fraction digits. */
export function toFixedDigits(abs: number, decimals: number): { int: string; frac: string } {
  if (!(abs > 0)) return { int: "0", frac: "0".repeat(decimals) };
  const [mantissa, exponent] = abs.toExponential(14).split("e");
  let digits = mantissa.replace(".", "");
  let intLength = Number(exponent) + 1;
  if (intLength <= 0) {
    digits = "0".repeat(1 - intLength) + digits;
    intLength = 1;
  }
  const wanted = intLength + decimals;
  if (digits.length <= wanted) digits += "0".repeat(wanted + 1 - digits.length);
  let kept = digits.slice(0, wanted);
  if (digits.charCodeAt(wanted) >= 53) kept = increment(kept);
  const cut = kept.length - decimals;
  return { int: kept.slice(0, cut).replace(/^0+(?=\d)/, "") || "0", frac: kept.slice(cut) };
}

// Adds one to a string of decimal digits ("199" → "200", "99" → "100").
function increment(digits: string): string {
  const chars = digits.split("");
  let i = chars.length - 1;
  while (i >= 0 && chars[i] === "9") chars[i--] = "0";
  if (i < 0) return "1" + chars.join("");
  chars[i] = String.fromCharCode(chars[i].charCodeAt(0) + 1);
  return chars.join("");
}

/** The digits before the first non-zero digit of the 15-digit value: the decimal exponent. */
export function decimalExponent(abs: number): number {
  return Number(abs.toExponential(14).split("e")[1]);
}

// General shows at most 11 characters (not counting the sign) in a standard column.
const GENERAL_WIDTH = 11;

/**
 * A number in the General format: up to 11 characters, no trailing zeros, scientific
 * (`1.23457E+11`) when it would not fit. Office.js `text` does not depend on column width.
 */
export function formatGeneral(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  if (value === 0) return "0";
  const sign = value < 0 ? "-" : "";
  const abs = Math.abs(value);
  // The shortest round-trip form, when it fits, has at most 10 significant digits: Excel's too.
  const plain = String(abs);
  if (plain.length <= GENERAL_WIDTH && plain.indexOf("e") < 0) return sign + plain;
  const exp = decimalExponent(abs);
  if (exp < GENERAL_WIDTH && exp >= -9) {
    const intDigits = exp >= 0 ? exp + 1 : 1;
    const { int, frac } = toFixedDigits(abs, Math.max(0, GENERAL_WIDTH - 1 - intDigits));
    const trimmed = frac.replace(/0+$/, "");
    const text = trimmed ? `${int}.${trimmed}` : int;
    const lossless = exp >= -4 || Number(text) === Number(abs.toPrecision(15));
    if (int.length <= GENERAL_WIDTH && text !== "0" && lossless) return sign + text;
  }
  return sign + scientific(abs, exp);
}

// `1.23457E+11`: a mantissa of up to 6 significant digits and a two-digit exponent.
function scientific(abs: number, exp: number): string {
  let e = exp;
  // A three-digit exponent leaves one fewer mantissa digit within the 11 characters.
  const places = Math.abs(exp) >= 100 ? 4 : 5;
  let { int, frac } = toFixedDigits(Number(abs.toExponential(14).split("e")[0]), places);
  if (int === "10") {
    e += 1;
    int = "1";
    frac = "";
  }
  const trimmed = frac.replace(/0+$/, "");
  const mantissa = trimmed ? `${int}.${trimmed}` : int;
  const digits = String(Math.abs(e)).padStart(2, "0");
  return `${mantissa}E${e < 0 ? "-" : "+"}${digits}`;
}
