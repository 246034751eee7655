import type { ProvenanceKind } from './provenanceSchema';

// Apart from the schemas: code on the page that needs only this must not load zod.

/** The kind to state for several values together: illustrative over derived over published. */
export function mostCautiousKind(kinds: Iterable<ProvenanceKind>): ProvenanceKind {
  const present = new Set(kinds);
  if (present.has('illustrative')) return 'illustrative';
  return present.has('derived') ? 'derived' : 'published';
}
