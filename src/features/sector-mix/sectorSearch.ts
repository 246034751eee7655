import { z } from '../../data/zod';

/** The sector view's own URL state: a form filter and the cross-filter selection. */
export interface SectorSelection {
  form: string | null;
  sector: string | null;
  group: 'sweden' | 'international' | null;
}

const idSchema = z.string().regex(/^[a-z0-9][a-z0-9-]*$/);
const selectionSchema = z.object({
  form: idSchema.nullable().catch(null),
  sector: idSchema.nullable().catch(null),
  group: z.enum(['sweden', 'international']).nullable().catch(null),
});

export function parseSectorSelection(search: Record<string, unknown>): SectorSelection {
  const pick = (key: string) => (Object.hasOwn(search, key) ? search[key] : null);
  return selectionSchema.parse({
    form: pick('form'),
    sector: pick('sector'),
    group: pick('group'),
  });
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
