import type { ProvenanceKind } from '../data/provenanceSchema';

/** A value (or a record) that carries provenance, found where it sits in a dataset. */
export interface ProvenancedValue {
  /** Where it sits: keys, and an array element's `id` or `code` ("[]" when it has neither). */
  path: string[];
  provenance: { kind: ProvenanceKind; source?: string };
  value: string | number | boolean | null;
  /** The record's own name in both languages, where it has one (a sector's, a region's). */
  label?: ItemLabel;
}

/** A name in both languages, or one for both. */
export type ItemLabel = string | { sv: string; en: string };

function ownLabel(node: Record<string, unknown>): ItemLabel | undefined {
  for (const candidate of [node.label, node.name]) {
    if (typeof candidate === 'string') return candidate;
    if (
      isRecord(candidate) &&
      typeof candidate.sv === 'string' &&
      typeof candidate.en === 'string'
    ) {
      return { sv: candidate.sv, en: candidate.en };
    }
  }
  return undefined;
}

const UNNAMED_ELEMENT = '[]';

function isRecord(node: unknown): node is Record<string, unknown> {
  return typeof node === 'object' && node !== null && !Array.isArray(node);
}

function plainValue(value: unknown): ProvenancedValue['value'] {
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') {
    return value;
  }
  if (Array.isArray(value) && value.every((item) => typeof item === 'string')) {
    return value.join(', ');
  }
  return null;
}

function elementName(element: unknown): string {
  if (isRecord(element)) {
    const name = element.id ?? element.code;
    if (typeof name === 'string') return name;
  }
  return UNNAMED_ELEMENT;
}

/** Every value and record of a validated dataset that says where it comes from. */
export function provenancedValues(dataset: unknown): ProvenancedValue[] {
  const found: ProvenancedValue[] = [];
  const visit = (node: unknown, path: string[]) => {
    if (Array.isArray(node)) {
      node.forEach((element) => visit(element, [...path, elementName(element)]));
      return;
    }
    if (!isRecord(node)) return;
    const { provenance } = node;
    if (isRecord(provenance) && typeof provenance.kind === 'string') {
      found.push({
        path,
        provenance: {
          kind: provenance.kind as ProvenanceKind,
          source: typeof provenance.source === 'string' ? provenance.source : undefined,
        },
        value: plainValue(node.value),
        label: ownLabel(node),
      });
    }
    for (const [key, child] of Object.entries(node)) {
      if (key !== 'provenance') visit(child, [...path, key]);
    }
  };
  visit(dataset, []);
  return found;
}

/** How many values of a dataset are published, derived and illustrative. */
export function provenanceCounts(dataset: unknown): Record<ProvenanceKind, number> {
  const counts: Record<ProvenanceKind, number> = { published: 0, derived: 0, illustrative: 0 };
  for (const { provenance } of provenancedValues(dataset)) counts[provenance.kind] += 1;
  return counts;
}

/** Between the keys of a place: "projects › 22-018-S01". */
export const PLACE_SEPARATOR = ' › ';

export interface SourceUse {
  /** Where the values sit, e.g. "method" or "projects › 22-018-S01". */
  place: string;
  /** The named values, with what they are when that is a plain value. */
  items: { name: string; value: ProvenancedValue['value']; label?: ItemLabel | undefined }[];
  /** Values in unnamed array elements (e.g. the 12 national shares), counted. */
  unnamed: number;
}

/** What a dataset takes from one source: the values whose provenance cites it, by place. */
export function sourceUses(dataset: unknown, sourceId: string): SourceUse[] {
  const uses = new Map<string, SourceUse>();
  for (const { path, provenance, value, label } of provenancedValues(dataset)) {
    if (provenance.kind !== 'published' || provenance.source !== sourceId) continue;
    const place = path.slice(0, -1).join(PLACE_SEPARATOR);
    const name = path.at(-1) ?? '';
    const use = uses.get(place) ?? { place, items: [], unnamed: 0 };
    if (name === UNNAMED_ELEMENT) use.unnamed += 1;
    else use.items.push({ name, value, label });
    uses.set(place, use);
  }
  return [...uses.values()];
}
