import { joinBytes } from './loadDataset';

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
  const reader = new IntegerArrayReader(start);
  const end = reader.read(bytes, bytes.length);
  return end === CUT_OFF || end === null ? null : { values: reader.values, end };
}

export interface Extremes {
  min: number;
  /** The smallest value above `min` (Infinity if none): a column's "no value" is its minimum. */
  nextMin: number;
  max: number;
}

/** Returned for an array whose `]` has not arrived yet (see IntegerArrayReader). */
const CUT_OFF = Symbol('cut off');

/**
 * One array of integers: a first pass finds its end and counts its values, so they go straight
 * into a typed array of their length in a second. When its bytes are cut off, the first pass goes
 * on from where it stopped once more have arrived, rather than from the start. (A single pass into
 * a growing array was slower in Chromium: each new buffer is memory the engine must account for.)
 */
class IntegerArrayReader {
  readonly start: number;
  /** How far the first pass has read, and the values it has counted up to there. */
  private scanned: number;
  private count = 1;
  private result: { values: Int32Array; extremes: Extremes } | null = null;

  constructor(start: number) {
    this.start = start;
    this.scanned = start + 1;
  }

  /** The index after the array's `]`, null if it cannot be read, CUT_OFF if `]` is not in yet. */
  read(bytes: Uint8Array, length: number): number | null | typeof CUT_OFF {
    let close = this.scanned;
    let count = this.count;
    for (; close < length; close += 1) {
      const byte = bytes[close]!;
      if (byte === CLOSE) break;
      if (byte === COMMA) count += 1;
      else if ((byte < ZERO || byte > NINE) && byte !== MINUS && !isSpace(byte)) return null;
    }
    this.scanned = close;
    this.count = count;
    if (close >= length) return CUT_OFF;
    this.result = readValues(bytes, this.start, close, count);
    return this.result ? close + 1 : null;
  }

  get values(): Int32Array {
    return this.result!.values;
  }

  get extremes(): Extremes {
    return this.result!.extremes;
  }
}

/** The `count` values between `[` at `start` and `]` at `close`, or null if they are not integers. */
function readValues(bytes: Uint8Array, start: number, close: number, count: number) {
  const values = new Int32Array(count);
  let min = Infinity;
  let nextMin = Infinity;
  let max = -Infinity;
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
    const signed = negative ? -value : value;
    values[index] = signed;
    if (signed < min) {
      nextMin = min;
      min = signed;
    } else if (signed > min && signed < nextMin) nextMin = signed;
    if (signed > max) max = signed;
    while (isSpace(bytes[at]!)) at += 1;
    if (bytes[at] !== (index === count - 1 ? CLOSE : COMMA)) return null;
    at += 1;
  }
  return { values, extremes: { min, nextMin, max } };
}

/** The two smallest values and the largest of each array the splitter took out of a file. */
const extremesRead = new WeakMap<Int32Array, Extremes>();

/**
 * The two smallest values and the largest of an array split out of a file, as they were read, so
 * that a check of its range need not read a million values again; undefined for any other array.
 */
export function extremesOf(values: Int32Array): Extremes | undefined {
  return extremesRead.get(values);
}

function randomKey(): string {
  const random = new Uint32Array(2);
  crypto.getRandomValues(random);
  return `integer-array-${random[0]!.toString(16)}${random[1]!.toString(16)}`;
}

/**
 * Reads a file's arrays of plain integers at least `minBytes` long as its bytes arrive, so that a
 * large file is mostly read by the time its last byte is in (see SplitIntegerArrays).
 */
export class IntegerArraySplitter {
  readonly markerKey = randomKey();
  private readonly arrays: Int32Array[] = [];
  /** Where each array taken out starts and ends in the file's bytes. */
  private readonly cuts: [from: number, to: number][] = [];
  private at = 0;
  private inString = false;
  /** The array that was cut off where the bytes so far end, to read on from. */
  private cutOff: IntegerArrayReader | null = null;
  private readonly minBytes: number;

  constructor(minBytes = 1024) {
    this.minBytes = minBytes;
  }

  /**
   * Reads on through `bytes` up to `available`; an array cut off there is read again from its
   * start on the next call. `bytes` may be a new, longer copy each time.
   */
  advance(bytes: Uint8Array, available: number): void {
    this.read(bytes, available, false);
  }

  /** Reads the last of the file's `bytes` and gives its rest and arrays. */
  finish(bytes: Uint8Array): SplitIntegerArrays {
    this.read(bytes, bytes.length, true);
    const { arrays, markerKey } = this;
    if (arrays.length === 0) return { rest: bytes, arrays, markerKey };
    const encoder = new TextEncoder();
    const kept: Uint8Array[] = [];
    let keptFrom = 0;
    this.cuts.forEach(([from, to], index) => {
      kept.push(bytes.subarray(keptFrom, from), encoder.encode(`{"${markerKey}":${index}}`));
      keptFrom = to;
    });
    kept.push(bytes.subarray(keptFrom));
    return { rest: joinBytes(kept), arrays, markerKey };
  }

  private read(bytes: Uint8Array, available: number, final: boolean): void {
    let at = this.at;
    let inString = this.inString;
    while (at < available) {
      const byte = bytes[at]!;
      if (inString) {
        // Past the escaped character, even one that has not arrived yet.
        if (byte === BACKSLASH) {
          at += 2;
          continue;
        }
        if (byte === QUOTE) inString = false;
        at += 1;
        continue;
      }
      if (byte === QUOTE) inString = true;
      if (byte !== OPEN) {
        at += 1;
        continue;
      }
      const reader = this.cutOff ?? new IntegerArrayReader(at);
      this.cutOff = null;
      const end = reader.read(bytes, available);
      if (end === CUT_OFF && !final) {
        this.cutOff = reader;
        break;
      }
      if (end === CUT_OFF || end === null) {
        at += 1;
        continue;
      }
      if (end - at >= this.minBytes) {
        const values = reader.values;
        this.cuts.push([at, end]);
        this.arrays.push(values);
        extremesRead.set(values, reader.extremes);
      }
      at = end;
    }
    this.at = at;
    this.inString = inString;
  }
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
