/**
 * A JSON file's long arrays of plain integers (the columns of a columnar projects file), read
 * straight from its bytes, and the rest of the file with a marker object in place of each.
 * Decoding a million-row file into one string and parsing it took about 0.65 s in Chromium:
 * UTF-8 text with any non-ASCII character decodes into a two-byte string, slowly, and the
 * columns are nearly all of it. An array this cannot read exactly (a fraction, an exponent, a
 * leading zero, a trailing comma, a number beyond 32 bits) stays in the text, so
 * JSON.parse reads it or reports it as it would have.
 */
export interface SplitIntegerArrays {
  /** The file's bytes without the arrays read here. */
  rest: Uint8Array;
  arrays: Int32Array[];
  /** The one key of each marker object: `{"<key>": index into arrays}`. */
  markerKey: string;
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN = 0x5b;
const CLOSE = 0x5d;
const COMMA = 0x2c;
const MINUS = 0x2d;
const ZERO = 0x30;
const NINE = 0x39;
const MAX_DIGITS = 10;
const INT32_MAX = 2 ** 31 - 1;

const isSpace = (byte: number) => byte === 0x20 || byte === 0x0a || byte === 0x0d || byte === 0x09;

/**
 * The integers of the array that opens at `start`, and the index after its `]`; null when it is
 * empty or holds anything but integers as JSON writes them, or one outside 32 bits (no column
 * takes such a value: JSON.parse reads it, and the column's check refuses it).
 */
export function readIntegerArray(
  bytes: Uint8Array,
  start: number,
): { values: Int32Array; end: number } | null {
  const length = bytes.length;
  // A first pass finds the end and counts the values, so they go straight into a typed array.
  let count = 1;
  let close = start + 1;
  for (; close < length; close += 1) {
    const byte = bytes[close]!;
    if (byte === CLOSE) break;
    if (byte === COMMA) count += 1;
    else if ((byte < ZERO || byte > NINE) && byte !== MINUS && !isSpace(byte)) return null;
  }
  if (close >= length) return null;
  const values = new Int32Array(count);
  let at = start + 1;
  for (let index = 0; index < count; index += 1) {
    while (isSpace(bytes[at]!)) at += 1;
    const negative = bytes[at] === MINUS;
    if (negative) at += 1;
    const first = at;
    let value = 0;
    for (; at < close; at += 1) {
      const digit = bytes[at]! - ZERO;
      if (digit < 0 || digit > 9) break;
      value = value * 10 + digit;
    }
    const digits = at - first;
    if (digits === 0 || digits > MAX_DIGITS || value > INT32_MAX) return null;
    if (digits > 1 && bytes[first] === ZERO) return null;
    values[index] = negative ? -value : value;
    while (isSpace(bytes[at]!)) at += 1;
    if (bytes[at] !== (index === count - 1 ? CLOSE : COMMA)) return null;
    at += 1;
  }
  return { values, end: close + 1 };
}

function randomKey(): string {
  const random = new Uint32Array(2);
  crypto.getRandomValues(random);
  return `integer-array-${random[0]!.toString(16)}${random[1]!.toString(16)}`;
}

/** Splits out every array of plain integers at least `minBytes` long (see SplitIntegerArrays). */
export function splitIntegerArrays(bytes: Uint8Array, minBytes = 1024): SplitIntegerArrays {
  const markerKey = randomKey();
  const encoder = new TextEncoder();
  const kept: Uint8Array[] = [];
  const arrays: Int32Array[] = [];
  let keptFrom = 0;
  let inString = false;
  for (let at = 0; at < bytes.length; at += 1) {
    const byte = bytes[at];
    if (inString) {
      if (byte === BACKSLASH) at += 1;
      else if (byte === QUOTE) inString = false;
      continue;
    }
    if (byte === QUOTE) {
      inString = true;
      continue;
    }
    if (byte !== OPEN) continue;
    const array = readIntegerArray(bytes, at);
    if (!array) continue;
    if (array.end - at >= minBytes) {
      kept.push(bytes.subarray(keptFrom, at));
      kept.push(encoder.encode(`{"${markerKey}":${arrays.length}}`));
      arrays.push(array.values);
      keptFrom = array.end;
    }
    at = array.end - 1;
  }
  if (arrays.length === 0) return { rest: bytes, arrays, markerKey };
  kept.push(bytes.subarray(keptFrom));
  const rest = new Uint8Array(kept.reduce((length, part) => length + part.length, 0));
  let offset = 0;
  for (const part of kept) {
    rest.set(part, offset);
    offset += part.length;
  }
  return { rest, arrays, markerKey };
}

/**
 * The parsed rest of a file with each marker object replaced by its array again. Only a marker's
 * own key is ever written, so run it after the check for forbidden keys.
 */
export function restoreIntegerArrays(
  value: unknown,
  { arrays, markerKey }: Pick<SplitIntegerArrays, 'arrays' | 'markerKey'>,
): unknown {
  if (arrays.length === 0 || value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) {
    for (let index = 0; index < value.length; index += 1) {
      value[index] = restoreIntegerArrays(value[index], { arrays, markerKey });
    }
    return value;
  }
  const object = value as Record<string, unknown>;
  const keys = Object.keys(object);
  if (keys.length === 1 && keys[0] === markerKey) {
    const array = arrays[object[markerKey] as number];
    if (array) return array;
  }
  for (const key of keys) {
    const restored = restoreIntegerArrays(object[key], { arrays, markerKey });
    if (restored !== object[key]) object[key] = restored;
  }
  return object;
}
