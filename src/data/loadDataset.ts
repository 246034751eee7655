import type { z } from './zod';
import { DatasetError } from './DatasetError';

/** How long a dataset may take to arrive, body and all. */
export const REQUEST_TIMEOUT_MS = 15_000;
const MAX_DATASET_BYTES = 10 * 1024 * 1024;
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** Where datasets are fetched from: `VITE_DATA_BASE_URL` at build time, else the bundled `data/`. */
export function datasetUrl(file: string): string {
  const configured = import.meta.env.VITE_DATA_BASE_URL as string | undefined;
  const base = configured || `${import.meta.env.BASE_URL}data/`;
  return new URL(file, new URL(base.endsWith('/') ? base : `${base}/`, window.location.origin))
    .href;
}

/** `shares[3].share` from `['shares', 3, 'share']`. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((key, index) =>
      typeof key === 'number' ? `[${key}]` : `${index === 0 ? '' : '.'}${String(key)}`,
    )
    .join('');
}

function previewValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let current: unknown = root;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = Object.hasOwn(current, key)
      ? (current as Record<PropertyKey, unknown>)[key]
      : undefined;
  }
  return current;
}

/**
 * Whether JSON `text` could hold a forbidden key: only if it spells one out, or writes a character
 * as an escape (`\u005f`); normalising to NFC cannot make their letters. Most files do neither,
 * and skip the walk through every key.
 */
export function mayHoldForbiddenKey(text: string): boolean {
  return text.includes('\\u') || [...FORBIDDEN_KEYS].some((key) => text.includes(key));
}

export function findForbiddenKey(root: unknown): PropertyKey[] | null {
  const pending: { value: unknown; path: PropertyKey[] }[] = [{ value: root, path: [] }];
  while (pending.length > 0) {
    const { value, path } = pending.pop()!;
    if (value === null || typeof value !== 'object') continue;
    for (const key of Object.keys(value)) {
      const childPath = [...path, Array.isArray(value) ? Number(key) : key];
      if (FORBIDDEN_KEYS.has(key)) return childPath;
      pending.push({ value: (value as Record<string, unknown>)[key], path: childPath });
    }
  }
  return null;
}

function describeIssue(issue: z.core.$ZodIssue, root: unknown): string {
  if (issue.code === 'unrecognized_keys') {
    return `unexpected field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((key) => `"${key}"`).join(', ')}`;
  }
  const message = issue.message
    .replace(/^Invalid (?:input|option): /, '')
    .replace(/, received \w+$/, '');
  if (issue.code === 'custom') return message;
  const value = valueAt(root, issue.path);
  if (value === undefined) return `${message}, but the field is missing`;
  return `${message}, got ${previewValue(value)}`;
}

function megabytes(bytes: number): string {
  return `${Number((bytes / 1024 / 1024).toFixed(1))} MB`;
}

function tooLarge(file: string, maxBytes: number, bytes?: number): DatasetError {
  return new DatasetError({
    file,
    kind: 'format',
    detail:
      bytes === undefined
        ? `the file is larger than the limit of ${megabytes(maxBytes)}`
        : `the file is ${megabytes(bytes)}, more than the limit of ${megabytes(maxBytes)}`,
  });
}

/** Where a download's bytes go as they arrive. */
export interface ChunkSink {
  /** The length the server declared (0 if none), before the first chunk. */
  expect(bytes: number): void;
  add(chunk: Uint8Array): void;
}

/** Hands on the body's chunks, read no further than `maxBytes`: a huge file is refused. */
async function readLimited(
  response: Response,
  file: string,
  maxBytes: number,
  sink: ChunkSink,
): Promise<void> {
  if (!response.body) {
    const bytes = await response.arrayBuffer();
    if (bytes.byteLength > maxBytes) throw tooLarge(file, maxBytes);
    sink.add(new Uint8Array(bytes));
    return;
  }
  const reader = response.body.getReader();
  let received = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return;
    received += value.byteLength;
    if (received > maxBytes) {
      await reader.cancel();
      throw tooLarge(file, maxBytes);
    }
    sink.add(value);
  }
}

/** Text from bytes; not fatal: bytes that are not UTF-8 become U+FFFD, which readJson reports. */
export function decodeText(bytes: ArrayBuffer | Uint8Array): string {
  return new TextDecoder('utf-8').decode(bytes);
}

/** The parts one after another, in one array. */
export function joinBytes(parts: readonly Uint8Array[]): Uint8Array {
  const joined = new Uint8Array(parts.reduce((length, part) => length + part.byteLength, 0));
  let offset = 0;
  for (const part of parts) {
    joined.set(part, offset);
    offset += part.byteLength;
  }
  return joined;
}

/** The file as text: see fetchInto. */
export async function fetchText(
  file: string,
  signal?: AbortSignal,
  maxBytes = MAX_DATASET_BYTES,
): Promise<string> {
  const chunks: Uint8Array[] = [];
  const sink = { expect: () => undefined, add: (chunk: Uint8Array) => void chunks.push(chunk) };
  await fetchInto(file, sink, { signal, maxBytes });
  return decodeText(joinBytes(chunks));
}

/** The failure of a file that did not arrive in time. */
export function requestTimedOut(file: string): DatasetError {
  return new DatasetError({
    file,
    kind: 'timeout',
    detail: `no answer within ${REQUEST_TIMEOUT_MS / 1000} s`,
  });
}

/**
 * The header in which the service worker says when an answer's data came from the network: the
 * time in milliseconds, or `unknown` for a cached copy of unknown age. The service worker's plugin
 * (app/connectivity/datasetResponsePlugin.ts) writes the same name; it cannot import it.
 */
export const FETCHED_AT_HEADER = 'X-Data-Fetched-At';

/**
 * When the answer's data was fetched from the network, as the service worker stamped it: null for
 * a copy of unknown age, undefined when no service worker answered.
 */
export function fetchedAtOf(response: Response): number | null | undefined {
  const stamp = response.headers.get(FETCHED_AT_HEADER);
  if (stamp === null) return undefined;
  const time = Number(stamp);
  return stamp !== '' && Number.isFinite(time) ? time : null;
}

export interface FetchOptions {
  signal?: AbortSignal | undefined;
  maxBytes?: number | undefined;
  /** Where from: by default the file's address under the app's; a worker does not know the page's. */
  url?: string;
  /**
   * A time-out that covers reading the body too (REQUEST_TIMEOUT_MS), or null where the caller
   * keeps its own: the page keeps the worker's, so that a test's fake clock governs it.
   */
  timeoutMs?: number | null;
}

/**
 * Downloads the file into `sink` chunk by chunk, failing with a DatasetError that names the file:
 * HTTP errors, a time-out, offline, a dropped connection, a file over `maxBytes`. Resolves to the
 * service worker's stamp (see fetchedAtOf).
 */
export async function fetchInto(
  file: string,
  sink: ChunkSink,
  {
    signal,
    maxBytes = MAX_DATASET_BYTES,
    url = datasetUrl(file),
    timeoutMs = REQUEST_TIMEOUT_MS,
  }: FetchOptions = {},
): Promise<number | null | undefined> {
  // A timer rather than AbortSignal.timeout, so that the time-out covers reading the body too
  // and follows a test's fake clock.
  const timeout = new AbortController();
  const timer = timeoutMs === null ? undefined : setTimeout(() => timeout.abort(), timeoutMs);
  const failure = (error: unknown): unknown => {
    if (error instanceof DatasetError) return error;
    if (timeout.signal.aborted) return requestTimedOut(file);
    if (signal?.aborted) return error;
    if (!navigator.onLine) {
      return new DatasetError({
        file,
        kind: 'offline',
        detail: 'the device is offline and has no saved copy of this file yet',
      });
    }
    return new DatasetError({ file, kind: 'network', detail: 'the network request failed' });
  };
  try {
    const response = await fetch(url, {
      signal: signal ? AbortSignal.any([signal, timeout.signal]) : timeout.signal,
      headers: { Accept: 'application/json' },
    });
    if (!response.ok) {
      throw new DatasetError({
        file,
        kind: 'http',
        status: response.status,
        detail: `the server answered ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`,
      });
    }
    const declaredLength = Number(response.headers.get('Content-Length') ?? 0);
    if (declaredLength > maxBytes) throw tooLarge(file, maxBytes, declaredLength);
    sink.expect(Number.isSafeInteger(declaredLength) && declaredLength > 0 ? declaredLength : 0);
    await readLimited(response, file, maxBytes, sink);
    return fetchedAtOf(response);
  } catch (error) {
    throw failure(error);
  } finally {
    clearTimeout(timer);
  }
}

const NOT_UTF8 =
  'the file is not UTF-8 (perhaps Windows-1252 or Latin-1); save it as UTF-8 and load it again';

/** Decoding bytes that are not UTF-8 leaves U+FFFD, the replacement character, in their place. */
function notUtf8(text: string): boolean {
  return text.includes('\uFFFD');
}

/** The path of the first key or string value that `matches`. */
function findText(root: unknown, matches: (text: string) => boolean): PropertyKey[] | null {
  const pending: { value: unknown; path: PropertyKey[] }[] = [{ value: root, path: [] }];
  while (pending.length > 0) {
    const { value, path } = pending.pop()!;
    if (typeof value === 'string' && matches(value)) return path;
    if (value === null || typeof value !== 'object') continue;
    // Reversed onto the stack, so that the first match in the file's order is found.
    for (const [key, child] of Object.entries(value).reverse()) {
      const childPath = [...path, Array.isArray(value) ? Number(key) : key];
      if (matches(key)) return childPath;
      pending.push({ value: child, path: childPath });
    }
  }
  return null;
}

/** Below U+0300, where combining marks begin, every character is already in NFC. */
const MAY_CHANGE_UNDER_NFC = /[\u0300-\uFFFF]/;

/** The text in NFC; text that cannot change is returned as it is, without normalising. */
export function toNfc(text: string): string {
  return MAY_CHANGE_UNDER_NFC.test(text) ? text.normalize('NFC') : text;
}

/**
 * Every string and key of freshly parsed JSON in NFC, so that a decomposed "Malmö" (o + combining
 * diaeresis) searches and compares as one. String by string rather than the whole text: a large
 * file is mostly numbers, and normalising tens of megabytes of text takes long.
 */
function withNfcStrings(value: unknown): unknown {
  if (typeof value === 'string') return toNfc(value);
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) {
    for (let index = 0; index < value.length; index += 1) {
      const item: unknown = value[index];
      if (typeof item === 'string' || (item !== null && typeof item === 'object')) {
        value[index] = withNfcStrings(item);
      }
    }
    return value;
  }
  const object = value as Record<string, unknown>;
  for (const key of Object.keys(object)) {
    const item = withNfcStrings(object[key]);
    const nfcKey = toNfc(key);
    if (nfcKey !== key) delete object[key];
    // defineProperty, as JSON.parse does: assigning a "__proto__" key would set the prototype.
    Object.defineProperty(object, nfcKey, {
      value: item,
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return object;
}

/** A dataset's text as JSON: a byte-order mark is dropped, an HTML page or bad JSON is refused. */
export function readJson(file: string, text: string): unknown {
  text = text.replace(/^\uFEFF/, '');
  if (/^\s*</.test(text)) {
    throw new DatasetError({
      file,
      kind: 'format',
      detail: 'expected JSON but got an HTML page (a wrong address or a network login page?)',
    });
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw new DatasetError({
      file,
      kind: 'format',
      detail: `not valid JSON (${error instanceof Error ? error.message : String(error)})${notUtf8(text) ? `; ${NOT_UTF8}` : ''}`,
    });
  }
  if (MAY_CHANGE_UNDER_NFC.test(text)) raw = withNfcStrings(raw);
  if (notUtf8(text)) {
    const path = findText(raw, notUtf8);
    throw new DatasetError({
      file,
      kind: 'format',
      location: path ? formatPath(path) : '',
      detail: NOT_UTF8,
    });
  }
  return raw;
}

/** Parses and validates a dataset's text; every failure names the file, record and field. */
export function parseDataset<Schema extends z.ZodType>(
  file: string,
  text: string,
  schema: Schema,
): z.infer<Schema> {
  const raw = readJson(file, text);
  const forbidden = mayHoldForbiddenKey(text) ? findForbiddenKey(raw) : null;
  if (forbidden) {
    throw new DatasetError({
      file,
      kind: 'validation',
      location: formatPath(forbidden),
      detail: `the key "${String(forbidden.at(-1))}" is not allowed`,
    });
  }
  const result = schema.safeParse(raw);
  if (result.success) return result.data;
  const [first, ...others] = result.error.issues;
  const more =
    others.length > 0 ? ` (and ${others.length} more problem${others.length > 1 ? 's' : ''})` : '';
  throw new DatasetError({
    file,
    kind: 'validation',
    location: first ? formatPath(first.path) : '',
    detail: `${first ? describeIssue(first, raw) : 'invalid'}${more}`,
  });
}

/** Fetches a dataset over HTTP and validates it once, at the boundary. */
export async function loadDataset<Schema extends z.ZodType>(
  file: string,
  schema: Schema,
  signal?: AbortSignal,
): Promise<z.infer<Schema>> {
  return parseDataset(file, await fetchText(file, signal), schema);
}
