// Small checks for values read from a URL. The page shell parses every URL with these rather than
// with zod, which then loads only with the data it validates (in the dataset worker).

/** `input` if it is one of `values`, else null. */
export function oneOf<Value extends string>(
  values: readonly Value[],
  input: unknown,
): Value | null {
  return typeof input === 'string' && (values as readonly string[]).includes(input)
    ? (input as Value)
    : null;
}

/** `input` if it is a string matching `pattern`, else null. */
export function matching(pattern: RegExp, input: unknown): string | null {
  return typeof input === 'string' && pattern.test(input) ? input : null;
}

/** A plain JSON object (not an array, not null). */
export function isPlainObject(input: unknown): input is Record<string, unknown> {
  return input !== null && typeof input === 'object' && !Array.isArray(input);
}

/** ISO 3166-1/-2, NUTS-2 and ESF codes: `SE`, `SE-AB`, `SE11`, `SE0` (as regionsSchema checks). */
export const REGION_CODE_PATTERN = /^(?:[A-Z]{2}(?:-[A-Z0-9]{1,3})?|[A-Z]{2}[0-9A-Z]{1,3})$/;
