import { describe, expect, it } from 'vitest';
import { crc32, withPngText } from '../../src/share/png';
import { pngInternationalTexts, pngSize, pngTexts, readPngChunks } from './pngChunks';

/** A 3 × 2 PNG built by hand: signature, IHDR, an IDAT with dummy bytes, IEND. */
function tinyPng(): Uint8Array {
  const chunk = (type: string, data: number[]) => {
    const body = Uint8Array.from([...type].map((c) => c.charCodeAt(0)).concat(data));
    const bytes = new Uint8Array(12 + data.length);
    const view = new DataView(bytes.buffer);
    view.setUint32(0, data.length);
    bytes.set(body, 4);
    view.setUint32(8 + data.length, crc32(body));
    return [...bytes];
  };
  return Uint8Array.from([
    137,
    80,
    78,
    71,
    13,
    10,
    26,
    10,
    ...chunk('IHDR', [0, 0, 0, 3, 0, 0, 0, 2, 8, 6, 0, 0, 0]),
    ...chunk('IDAT', [1, 2, 3, 4]),
    ...chunk('IEND', []),
  ]);
}

describe('crc32', () => {
  it('matches the reference value of the PNG IEND chunk', () => {
    expect(crc32(Uint8Array.from([73, 69, 78, 68]))).toBe(0xae426082);
  });
});

describe('withPngText', () => {
  it('inserts text chunks right after IHDR, with valid CRCs, keeping the image intact', () => {
    const tagged = withPngText(tinyPng(), [
      { keyword: 'Title', text: 'Områden efter andel' },
      { keyword: 'Source', text: 'MSI, enkät 2019' },
    ]);
    const chunks = readPngChunks(tagged);
    expect(chunks.map((chunk) => chunk.type)).toEqual(['IHDR', 'tEXt', 'tEXt', 'IDAT', 'IEND']);
    expect(chunks.every((chunk) => chunk.crcOk)).toBe(true);
    expect(pngSize(tagged)).toEqual({ width: 3, height: 2 });
    expect(pngTexts(tagged)).toEqual({ Title: 'Områden efter andel', Source: 'MSI, enkät 2019' });
  });

  it('adds the exact UTF-8 text in iTXt where Latin-1 needs stand-ins', () => {
    const text = 'MSI – “Regional samverkan” ⚠';
    const tagged = withPngText(tinyPng(), [{ keyword: 'Source', text }], 'sv');
    expect(pngTexts(tagged).Source).toBe('MSI - "Regional samverkan" !');
    expect(pngInternationalTexts(tagged).Source).toBe(text);
  });

  it('leaves out empty texts and refuses what is not a PNG', () => {
    const tagged = withPngText(tinyPng(), [{ keyword: 'Description', text: '' }]);
    expect(readPngChunks(tagged).map((chunk) => chunk.type)).toEqual(['IHDR', 'IDAT', 'IEND']);
    expect(() => withPngText(Uint8Array.from([1, 2, 3]), [])).toThrow('Not a PNG image');
  });
});
