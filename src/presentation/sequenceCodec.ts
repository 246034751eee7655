/** Keys that must never come from outside: they could reach an object's prototype. */
const HOSTILE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** Longer values are refused before they are decoded. */
export const MAX_ENCODED_SEQUENCE_LENGTH = 16_000;

function toBase64Url(text: string): string {
  let binary = '';
  for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(encoded: string): string | null {
  if (!/^[A-Za-z0-9_-]+$/.test(encoded) || encoded.length % 4 === 1) return null;
  const base64 = encoded.replace(/-/g, '+').replace(/_/g, '/');
  try {
    const binary = atob(base64.padEnd(Math.ceil(base64.length / 4) * 4, '='));
    const bytes = Uint8Array.from(binary, (char) => char.charCodeAt(0));
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** A step sequence as a compact URL value: base64url of its JSON. */
export function encodeSequence(steps: readonly unknown[]): string {
  return toBase64Url(JSON.stringify(steps));
}

/**
 * Reads a sequence from a URL value, or `null` when it is missing, too long, not base64url JSON,
 * carries a hostile key anywhere, or is refused by `parse` (which validates its shape).
 */
export function decodeSequence<T>(encoded: unknown, parse: (value: unknown) => T | null): T | null {
  if (typeof encoded !== 'string' || encoded.length > MAX_ENCODED_SEQUENCE_LENGTH) return null;
  const json = fromBase64Url(encoded);
  if (json === null) return null;
  let hostile = false;
  let value: unknown;
  try {
    value = JSON.parse(json, (key, nested: unknown) => {
      if (HOSTILE_KEYS.has(key)) hostile = true;
      return nested;
    });
  } catch {
    return null;
  }
  return hostile ? null : parse(value);
}
