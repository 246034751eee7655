/** Splits text into lines of at most `maxChars` characters, breaking at spaces where it can. */
export function wrapText(text: string, maxChars: number, maxLines = 3): string[] {
  const limit = Math.max(4, Math.floor(maxChars));
  const lines: string[] = [];
  let current = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = current ? `${current} ${word}` : word;
    if (candidate.length <= limit) {
      current = candidate;
      continue;
    }
    if (current) lines.push(current);
    current = word;
    while (current.length > limit) {
      lines.push(current.slice(0, limit - 1) + '-');
      current = current.slice(limit - 1);
    }
  }
  if (current) lines.push(current);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  const last = kept[maxLines - 1] ?? '';
  kept[maxLines - 1] = `${last.slice(0, Math.max(0, limit - 1))}…`;
  return kept;
}

/** A character's rough width in a sans-serif font, in em. */
const CHAR_WIDTH_EM = 0.56;

/** A rough width of text in a sans-serif font, used to wrap labels without measuring the DOM. */
export function approximateCharsThatFit(widthPx: number, fontSize: number): number {
  return Math.floor(widthPx / (fontSize * CHAR_WIDTH_EM));
}

/** The width approximateCharsThatFit assumes for `text`. */
export function approximateTextWidth(text: string, fontSize: number): number {
  return text.length * fontSize * CHAR_WIDTH_EM;
}
