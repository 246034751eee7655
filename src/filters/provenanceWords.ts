import { mostCautiousKind } from '../data/provenanceKind';
import type { Provenance, ProvenanceKind, Source } from '../data/provenanceSchema';
import type { I18n } from '../i18n/I18nProvider';

export interface ProvenanceWords {
  kind: ProvenanceKind;
  /** "MSI …, “Tvärsektoriell samverkan 15%”" / the formula / "made up to demonstrate". */
  detail: string;
}

/** Where a value comes from, in words: the source's title and locator, the formula, or made up. */
export function provenanceWords(
  provenance: Provenance,
  sources: readonly Source[],
  i18n: I18n,
): ProvenanceWords {
  switch (provenance.kind) {
    case 'published': {
      const source = sources.find((candidate) => candidate.id === provenance.source);
      const title = source ? i18n.text(source.title) : provenance.source;
      return {
        kind: 'published',
        detail: i18n.t.sources.publishedDetail(title, i18n.text(provenance.locator)),
      };
    }
    case 'derived':
      return { kind: 'derived', detail: i18n.text(provenance.formula) };
    case 'illustrative':
      return { kind: 'illustrative', detail: i18n.t.sources.madeUp };
  }
}

/** The words for an illustrative value: every derived count over illustrative records is one. */
export function illustrativeWords(i18n: I18n): ProvenanceWords {
  return { kind: 'illustrative', detail: i18n.t.sources.madeUp };
}

/** Of several values' provenances, the one to state for them together (mostCautiousKind). */
export function mostCautiousWords(
  first: ProvenanceWords,
  ...rest: ProvenanceWords[]
): ProvenanceWords {
  const all = [first, ...rest];
  const kind = mostCautiousKind(all.map((words) => words.kind));
  return all.find((words) => words.kind === kind) ?? first;
}

/**
 * Several values' provenance as one: theirs when they agree, else the most cautious kind, with
 * each value's own named in the detail ("Start: published, …. End: derived, ….").
 */
export function jointWords(
  parts: readonly { label: string; words: ProvenanceWords }[],
  i18n: I18n,
): ProvenanceWords {
  const [first, ...rest] = parts.map((part) => part.words);
  if (!first) return illustrativeWords(i18n);
  const kind = mostCautiousKind(parts.map(({ words }) => words.kind));
  if (rest.every((words) => words.kind === first.kind && words.detail === first.detail)) {
    return first;
  }
  return {
    kind,
    detail: parts
      .map(({ label, words }) =>
        i18n.t.sources.partProvenance(label, i18n.t.provenance[words.kind], words.detail),
      )
      .join(' '),
  };
}

/**
 * A row whose columns come from different places: each group's provenance, and the whole row's,
 * the most cautious of theirs.
 */
export function groupedProvenance<Group extends string>(
  byGroup: Readonly<Record<Group, ProvenanceWords>>,
): { provenance: ProvenanceWords; provenanceByGroup: Readonly<Record<Group, ProvenanceWords>> } {
  const [first, ...rest] = Object.values<ProvenanceWords>(byGroup);
  if (!first) throw new Error('a row of provenance groups needs at least one group');
  return { provenance: mostCautiousWords(first, ...rest), provenanceByGroup: byGroup };
}
