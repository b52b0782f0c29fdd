/**
 * numfmt 3.2.5 ships a broken `dist/numfmt.d.ts` (a debug dump, not TypeScript), so tsc is
 * pointed here by `paths` in tsconfig.json. Only what the cross-check test uses is declared.
 */
export interface FormatOptions {
  nbsp?: boolean;
  leap1900?: boolean;
  locale?: string;
}
export function format(pattern: string, value: unknown, options?: FormatOptions): string;
export function isDateFormat(pattern: string): boolean;
