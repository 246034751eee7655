/** The chunks of a PNG file, for tests: type, data and whether its CRC is right. */
export interface ParsedChunk {
  type: string;
  data: Uint8Array;
  crcOk: boolean;
}

function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of bytes) {
    crc ^= byte;
    for (let bit = 0; bit < 8; bit += 1) crc = crc & 1 ? 0xedb88320 ^ (crc >>> 1) : crc >>> 1;
  }
  return (crc ^ 0xffffffff) >>> 0;
}

export function readPngChunks(png: Uint8Array): ParsedChunk[] {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  const chunks: ParsedChunk[] = [];
  let offset = 8;
  while (offset + 12 <= png.length) {
    const length = view.getUint32(offset);
    const type = String.fromCharCode(...png.subarray(offset + 4, offset + 8));
    const data = png.slice(offset + 8, offset + 8 + length);
    const crc = view.getUint32(offset + 8 + length);
    chunks.push({
      type,
      data,
      crcOk: crc === crc32(png.subarray(offset + 4, offset + 8 + length)),
    });
    offset += 12 + length;
  }
  return chunks;
}

/** The width and height in the IHDR chunk. */
export function pngSize(png: Uint8Array): { width: number; height: number } {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

/** keyword → text of every tEXt chunk (Latin-1). */
export function pngTexts(png: Uint8Array): Record<string, string> {
  return Object.fromEntries(
    readPngChunks(png)
      .filter((chunk) => chunk.type === 'tEXt')
      .map((chunk) => {
        const separator = chunk.data.indexOf(0);
        const latin1 = (bytes: Uint8Array) => String.fromCharCode(...bytes);
        return [
          latin1(chunk.data.subarray(0, separator)),
          latin1(chunk.data.subarray(separator + 1)),
        ];
      }),
  );
}

/** keyword → text of every iTXt chunk (UTF-8, uncompressed). */
export function pngInternationalTexts(png: Uint8Array): Record<string, string> {
  const decoder = new TextDecoder();
  return Object.fromEntries(
    readPngChunks(png)
      .filter((chunk) => chunk.type === 'iTXt')
      .map((chunk) => {
        const keywordEnd = chunk.data.indexOf(0);
        const languageEnd = chunk.data.indexOf(0, keywordEnd + 3);
        const translatedEnd = chunk.data.indexOf(0, languageEnd + 1);
        return [
          decoder.decode(chunk.data.subarray(0, keywordEnd)),
          decoder.decode(chunk.data.subarray(translatedEnd + 1)),
        ];
      }),
  );
}
