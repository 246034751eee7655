export interface PngText {
  /** A registered PNG keyword: Title, Source, Description, Disclaimer … */
  keyword: string;
  text: string;
}

const PNG_SIGNATURE_LENGTH = 8;
const CHUNK_OVERHEAD = 12; // length, type and CRC
const IHDR_END = PNG_SIGNATURE_LENGTH + CHUNK_OVERHEAD + 13;

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let bit = 0; bit < 8; bit += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

/** The CRC-32 of PNG chunks (ISO 3309), over the chunk's type and data. */
export function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of bytes) crc = (CRC_TABLE[(crc ^ byte) & 0xff] ?? 0) ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function pngChunk(type: string, data: Uint8Array): Uint8Array {
  const chunk = new Uint8Array(CHUNK_OVERHEAD + data.length);
  const view = new DataView(chunk.buffer);
  view.setUint32(0, data.length);
  chunk.set(latin1Bytes(type), 4);
  chunk.set(data, 8);
  view.setUint32(8 + data.length, crc32(chunk.subarray(4, 8 + data.length)));
  return chunk;
}

function latin1Bytes(text: string): Uint8Array {
  return Uint8Array.from(text, (character) => character.charCodeAt(0));
}

const LATIN1_STAND_INS: Record<string, string> = {
  '–': '-',
  '—': '-',
  '‘': "'",
  '’': "'",
  '“': '"',
  '”': '"',
  '…': '...',
  '⚠': '!',
  '\u2009': ' ',
  '\u202f': ' ',
};

/** tEXt holds Latin-1 only: other characters get a stand-in ("–" → "-"), or "?". */
function toLatin1(text: string): string {
  return Array.from(text, (character) =>
    character.charCodeAt(0) <= 0xff && character.length === 1
      ? character
      : (LATIN1_STAND_INS[character] ?? '?'),
  ).join('');
}

function concat(parts: readonly Uint8Array[]): Uint8Array {
  const joined = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    joined.set(part, offset);
    offset += part.length;
  }
  return joined;
}

/**
 * The text chunks of one entry: a tEXt chunk every reader shows and, where the text is not pure
 * Latin-1 (dashes, quotes, ⚠), an iTXt chunk with the exact UTF-8 text as well.
 */
function textChunks({ keyword, text }: PngText, languageTag: string): Uint8Array[] {
  const latin1 = toLatin1(text);
  const chunks = [
    pngChunk('tEXt', concat([latin1Bytes(keyword), Uint8Array.of(0), latin1Bytes(latin1)])),
  ];
  if (latin1 !== text) {
    const encoder = new TextEncoder();
    chunks.push(
      pngChunk(
        'iTXt',
        concat([
          latin1Bytes(keyword),
          // separator, uncompressed (flag and method 0), language tag, no translated keyword
          Uint8Array.of(0, 0, 0),
          latin1Bytes(languageTag),
          Uint8Array.of(0, 0),
          encoder.encode(text),
        ]),
      ),
    );
  }
  return chunks;
}

/** `png` with text chunks inserted right after its IHDR chunk. */
export function withPngText(
  png: Uint8Array,
  entries: readonly PngText[],
  languageTag = '',
): Uint8Array {
  const ihdrType = String.fromCharCode(...png.subarray(12, 16));
  if (png.length < IHDR_END || ihdrType !== 'IHDR') throw new Error('Not a PNG image');
  const texts = entries
    .filter((entry) => entry.text)
    .flatMap((entry) => textChunks(entry, languageTag));
  return concat([png.subarray(0, IHDR_END), ...texts, png.subarray(IHDR_END)]);
}

function loadImage(url: string, width: number, height: number): Promise<HTMLImageElement> {
  const image = new Image(width, height);
  return new Promise((resolve, reject) => {
    image.onload = () => resolve(image);
    image.onerror = () => reject(new Error('The SVG image could not be drawn'));
    image.src = url;
  });
}

/** Rasterises a standalone SVG document at exactly `width` × `height` pixels, as a PNG. */
export async function svgToPng(svg: string, width: number, height: number): Promise<Uint8Array> {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const image = await loadImage(url, width, height);
    const canvas = document.createElement('canvas');
    canvas.width = width;
    canvas.height = height;
    const context = canvas.getContext('2d');
    if (!context) throw new Error('No canvas to draw on');
    context.drawImage(image, 0, 0, width, height);
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
    if (!blob) throw new Error('The canvas could not be saved as PNG');
    return new Uint8Array(await blob.arrayBuffer());
  } finally {
    URL.revokeObjectURL(url);
  }
}
