import {
  checkSourceReferences,
  localizedTextSchema,
  provenanceSchema,
  sourceSchema,
  type Provenance,
} from './provenanceSchema';
import { regionCodeSchema } from './regionsSchema';
import { RESULT_LEVELS } from './resultLevels';
import { checkUniqueIds } from './uniqueIds';
import { FUNDS, PROGRAMME_AREAS } from './projectCodes';
import { z } from './zod';

function field<T extends z.ZodType>(value: T) {
  return z.strictObject({ value, provenance: provenanceSchema });
}

const isoDateSchema = z.iso.date({ error: 'expected an ISO date (YYYY-MM-DD)' });
export const CURRENCIES = ['SEK', 'EUR'] as const;

export const amountSchema = z.strictObject({
  kind: z.enum(['total-budget', 'eu-contribution']),
  amount: z.number().nonnegative(),
  /** Amounts keep the currency their source gives; they are never converted. */
  currency: z.enum(CURRENCIES),
  provenance: provenanceSchema,
});
export type Amount = z.infer<typeof amountSchema>;

/**
 * A text field's value: any string that is not empty. The columnar form checks its dictionaries
 * of such values in a plain loop (`allNonEmptyText` in projectsColumnsFile.ts): change the two
 * together.
 */
export const nonEmptyTextSchema = z.string().min(1);

export const projectSchema = z.strictObject({
  id: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9-]*$/, { error: 'expected a project id' }),
  caseNumber: field(nonEmptyTextSchema).optional(),
  name: field(nonEmptyTextSchema),
  englishName: field(nonEmptyTextSchema).optional(),
  owner: field(nonEmptyTextSchema),
  ownerOrgNumber: field(z.string().regex(/^\d{10}$/)).optional(),
  country: field(z.string().regex(/^[A-Z]{2}$/)),
  fund: field(z.enum(FUNDS)),
  programmeCci: field(nonEmptyTextSchema).optional(),
  startDate: field(isoDateSchema).optional(),
  endDate: field(isoDateSchema).optional(),
  euCofinancingRate: field(z.number().min(0).max(100)).optional(),
  programmeArea: field(z.enum(PROGRAMME_AREAS)).optional(),
  specificObjective: field(nonEmptyTextSchema).optional(),
  childPovertyTheme: field(z.boolean()).optional(),
  region: field(regionCodeSchema),
  nuts2: field(nonEmptyTextSchema).optional(),
  interventionType: field(nonEmptyTextSchema).optional(),
  participants: field(z.int().nonnegative()).optional(),
  participantsPlanned: field(z.int().nonnegative()).optional(),
  strategicImportance: field(z.boolean()).optional(),
  partners: field(z.array(nonEmptyTextSchema)).optional(),
  amounts: z.array(amountSchema).optional(),
  resultLevels: field(z.array(z.enum(RESULT_LEVELS))),
});
export type Project = z.infer<typeof projectSchema>;

export const resultLevelInfoSchema = z.strictObject({
  id: z.enum(RESULT_LEVELS),
  label: localizedTextSchema,
  definition: localizedTextSchema,
  provenance: provenanceSchema,
});
export type ResultLevelInfo = z.infer<typeof resultLevelInfoSchema>;

export const projectsDatasetSchema = z
  .strictObject({
    dataset: z.literal('projects'),
    title: localizedTextSchema,
    sources: z.array(sourceSchema).min(1),
    resultLevels: z.array(resultLevelInfoSchema).length(RESULT_LEVELS.length),
    programmeAreas: z.array(
      z.strictObject({
        id: z.enum(PROGRAMME_AREAS),
        label: localizedTextSchema,
        provenance: provenanceSchema,
      }),
    ),
    projects: z.array(projectSchema),
  })
  .superRefine((dataset, context) => {
    const ids = new Set<string>();
    dataset.projects.forEach((project, index) => {
      if (ids.has(project.id)) {
        context.addIssue({
          code: 'custom',
          path: ['projects', index, 'id'],
          message: `duplicate project id "${project.id}"`,
          input: project.id,
        });
      }
      ids.add(project.id);
      const start = project.startDate?.value;
      const end = project.endDate?.value;
      if (start && end && end < start) {
        context.addIssue({
          code: 'custom',
          path: ['projects', index, 'endDate', 'value'],
          message: `the project ends (${end}) before it starts (${start})`,
          input: end,
        });
      }
    });
    const provenanced = dataset.projects.flatMap((project, index) =>
      Object.entries(project).flatMap(
        ([key, value]): { path: (string | number)[]; provenance: Provenance }[] => {
          if (Array.isArray(value)) {
            return value.map((amount: { provenance: Provenance }, amountIndex) => ({
              path: ['projects', index, key, amountIndex],
              provenance: amount.provenance,
            }));
          }
          if (value !== null && typeof value === 'object' && 'provenance' in value) {
            return [{ path: ['projects', index, key], provenance: value.provenance }];
          }
          return [];
        },
      ),
    );
    checkUniqueIds(dataset.sources, (i) => ['sources', i], context);
    checkUniqueIds(dataset.resultLevels, (i) => ['resultLevels', i], context);
    checkUniqueIds(dataset.programmeAreas, (i) => ['programmeAreas', i], context);
    checkSourceReferences(dataset.sources, provenanced, (i) => provenanced[i]?.path ?? [], context);
    checkSourceReferences(
      dataset.sources,
      dataset.resultLevels,
      (i) => ['resultLevels', i],
      context,
    );
    checkSourceReferences(
      dataset.sources,
      dataset.programmeAreas,
      (i) => ['programmeAreas', i],
      context,
    );
  });
export type ProjectsDataset = z.infer<typeof projectsDatasetSchema>;
