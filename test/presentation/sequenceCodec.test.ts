import { describe, expect, it } from 'vitest';
import {
  decodeSequence,
  encodeSequence,
  MAX_ENCODED_SEQUENCE_LENGTH,
} from '../../src/presentation/sequenceCodec';

const asIs = (value: unknown) => value;
const base64url = (text: string) => Buffer.from(text, 'utf8').toString('base64url');

describe('encodeSequence / decodeSequence', () => {
  it('round-trips a sequence, accents and all, as URL-safe text', () => {
    const steps = [{ p: '/survey', t: { sv: 'Högst prioriterat', en: 'Top priorities' } }];
    const encoded = encodeSequence(steps);
    expect(encoded).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeSequence(encoded, asIs)).toEqual(steps);
  });

  it('hands the parsed value to the validator and returns its answer', () => {
    const encoded = encodeSequence([1, 2]);
    expect(decodeSequence(encoded, () => null)).toBeNull();
    expect(decodeSequence(encoded, (value) => (Array.isArray(value) ? value.length : null))).toBe(
      2,
    );
  });

  it.each([
    ['a missing value', undefined],
    ['a number', 42],
    ['an empty value', ''],
    ['characters outside base64url', 'W3s+/=='],
    ['base64url that is not JSON', base64url('not json')],
    ['bytes that are not UTF-8', Buffer.from([0xff, 0xfe, 0x5b]).toString('base64url')],
    ['a value longer than the limit', 'A'.repeat(MAX_ENCODED_SEQUENCE_LENGTH + 4)],
  ])('refuses %s', (_, encoded) => {
    expect(decodeSequence(encoded, asIs)).toBeNull();
  });

  it.each(['__proto__', 'constructor', 'prototype'])('refuses a "%s" key at any depth', (key) => {
    const json = `[{"p":"/survey","s":{"${key}":{"polluted":"yes"}}}]`;
    expect(decodeSequence(base64url(json), asIs)).toBeNull();
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
