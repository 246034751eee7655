import { z } from './zod';

/** Text in both of the dashboard's languages. */
export const localizedTextSchema = z.strictObject({
  sv: z.string().min(1),
  en: z.string().min(1),
});
export type LocalizedText = z.infer<typeof localizedTextSchema>;

const idSchema = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]*$/, { error: 'expected a lower-case id (letters, digits, dashes)' });

export const sourceSchema = z.strictObject({
  id: idSchema,
  title: localizedTextSchema,
  publisher: z.string().min(1),
  date: z
    .string()
    .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/)
    .nullable(),
  document: z.string().min(1).nullable(),
  url: z.url({ protocol: /^https?$/ }).nullable(),
});
export type Source = z.infer<typeof sourceSchema>;

/**
 * Text in both languages, or one text for both: a quotation stays in its source's language, and
 * a place named the same in either ("Diarienummer: 22-018-S01") needs no second copy.
 */
export const eitherLanguageTextSchema = z.union([z.string().min(1), localizedTextSchema]);
export type EitherLanguageText = z.infer<typeof eitherLanguageTextSchema>;

/** Where a value comes from: a source says it, a formula derives it, or it is made up to demonstrate. */
export const provenanceSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('published'),
    source: idSchema,
    locator: eitherLanguageTextSchema,
  }),
  z.strictObject({
    kind: z.literal('derived'),
    formula: eitherLanguageTextSchema,
    inputs: z.array(z.string()).optional(),
  }),
  z.strictObject({ kind: z.literal('illustrative'), note: eitherLanguageTextSchema.optional() }),
]);
export type Provenance = z.infer<typeof provenanceSchema>;
export type ProvenanceKind = Provenance['kind'];

/** Adds an issue for every record whose published provenance cites a source not in `sources`. */
export function checkSourceReferences(
  sources: readonly Source[],
  records: readonly { provenance: Provenance }[],
  recordPath: (index: number) => (string | number)[],
  context: z.RefinementCtx,
): void {
  const known = new Set(sources.map((source) => source.id));
  records.forEach((record, index) => {
    const { provenance } = record;
    if (provenance.kind === 'published' && !known.has(provenance.source)) {
      context.addIssue({
        code: 'custom',
        path: [...recordPath(index), 'provenance', 'source'],
        message: `unknown source "${provenance.source}" (known: ${[...known].join(', ')})`,
        input: provenance.source,
      });
    }
  });
}
