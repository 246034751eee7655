import type { MarkProvenance } from './ProvenanceBadge';

// Apart from the timeline's layout: a figure's rows need the kinds, not d3's time scales.

/** The kinds of `items`' dates, in the order published, derived, illustrative. */
export function periodKinds(items: readonly { provenance?: MarkProvenance }[]): MarkProvenance[] {
  const present = new Set(items.map((item) => item.provenance));
  return (['published', 'derived', 'illustrative'] as const).filter((kind) => present.has(kind));
}
