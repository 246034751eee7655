import type { z } from './zod';
import { DatasetError } from './DatasetError';

const REQUEST_TIMEOUT_MS = 15_000;
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

function findForbiddenKey(root: unknown): PropertyKey[] | null {
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

async function fetchText(file: string, signal?: AbortSignal): Promise<string> {
  const timeout = AbortSignal.timeout(REQUEST_TIMEOUT_MS);
  let response: Response;
  try {
    response = await fetch(datasetUrl(file), {
      signal: signal ? AbortSignal.any([signal, timeout]) : timeout,
      headers: { Accept: 'application/json' },
    });
  } catch (error) {
    if (timeout.aborted) {
      throw new DatasetError({
        file,
        kind: 'timeout',
        detail: `no answer within ${REQUEST_TIMEOUT_MS / 1000} s`,
      });
    }
    if (signal?.aborted) throw error;
    throw new DatasetError({ file, kind: 'network', detail: 'the network request failed' });
  }
  if (!response.ok) {
    throw new DatasetError({
      file,
      kind: 'http',
      status: response.status,
      detail: `the server answered ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`,
    });
  }
  const declaredLength = Number(response.headers.get('Content-Length') ?? 0);
  if (declaredLength > MAX_DATASET_BYTES) {
    throw new DatasetError({
      file,
      kind: 'format',
      detail: `the file is ${declaredLength} bytes, more than the limit of ${MAX_DATASET_BYTES}`,
    });
  }
  const text = await response.text();
  if (text.length > MAX_DATASET_BYTES) {
    throw new DatasetError({
      file,
      kind: 'format',
      detail: `the file is larger than the limit of ${MAX_DATASET_BYTES} bytes`,
    });
  }
  return text;
}

/** Parses and validates a dataset's text; every failure names the file, record and field. */
export function parseDataset<Schema extends z.ZodType>(
  file: string,
  text: string,
  schema: Schema,
): z.infer<Schema> {
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
      detail: `not valid JSON (${error instanceof Error ? error.message : String(error)})`,
    });
  }
  const forbidden = findForbiddenKey(raw);
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
