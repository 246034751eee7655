import { palette } from './palette';
import type { PatternStyle } from './patterns';
import type { MarkProvenance } from './ProvenanceBadge';

// Apart from the timeline's layout: a figure's rows need the kinds, not d3's time scales.

/** Published dates are a solid bar; derived ones dotted, made-up ones striped. */
export const PERIOD_STYLES: Readonly<Record<MarkProvenance, PatternStyle>> = {
  published: { color: palette.blue, pattern: 'solid' },
  derived: { color: palette.blue, pattern: 'dots' },
  illustrative: { color: palette.blue, pattern: 'stripes' },
};

/** The same textures as characters, for legends drawn as text (exported images). */
export const PERIOD_MARKS: Readonly<Record<MarkProvenance, string>> = {
  published: '■',
  derived: '∷',
  illustrative: '▨',
};

/** The kinds of `items`' dates, in the order published, derived, illustrative. */
export function periodKinds(items: readonly { provenance?: MarkProvenance }[]): MarkProvenance[] {
  const present = new Set(items.map((item) => item.provenance));
  return (['published', 'derived', 'illustrative'] as const).filter((kind) => present.has(kind));
}
