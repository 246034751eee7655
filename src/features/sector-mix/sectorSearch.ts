import { matching, oneOf } from '../../data/urlValues';

/** The sector view's own URL state: a form filter and the cross-filter selection. */
export interface SectorSelection {
  form: string | null;
  sector: string | null;
  group: 'sweden' | 'international' | null;
}

const ID_PATTERN = /^[a-z0-9][a-z0-9-]*$/;
const GROUPS = ['sweden', 'international'] as const;

export function parseSectorSelection(search: Record<string, unknown>): SectorSelection {
  const pick = (key: string) => (Object.hasOwn(search, key) ? search[key] : null);
  return {
    form: matching(ID_PATTERN, pick('form')),
    sector: matching(ID_PATTERN, pick('sector')),
    group: oneOf(GROUPS, pick('group')),
  };
}

export function serializeSectorSelection(selection: SectorSelection): {
  form?: string;
  sector?: string;
  group?: SectorSelection['group'] & string;
} {
  return {
    form: selection.form ?? undefined,
    sector: selection.sector ?? undefined,
    group: selection.group ?? undefined,
  };
}

/**
 * The selection with anything the dataset does not know dropped, so that a mistyped or outdated
 * link (`?sector=q`) shows everything instead of an empty view.
 */
export function knownSelection(
  selection: SectorSelection,
  known: { sectors: readonly { id: string }[]; forms: readonly { id: string }[] } | undefined,
): SectorSelection {
  if (!known) return selection;
  const isKnown = (items: readonly { id: string }[], id: string | null) =>
    id !== null && items.some((item) => item.id === id) ? id : null;
  return {
    form: isKnown(known.forms, selection.form),
    sector: isKnown(known.sectors, selection.sector),
    group: selection.group,
  };
}
