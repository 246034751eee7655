import {
  checkSourceReferences,
  localizedTextSchema,
  provenanceSchema,
  sourceSchema,
} from './provenanceSchema';
import { regionCodeSchema } from './regionsSchema';
import { RESULT_LEVELS } from './resultLevels';
import { checkUniqueIds } from './uniqueIds';
import { INVOLVEMENTS, type Involvement } from './involvements';
import { z } from './zod';

const idSchema = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, { error: 'expected an id' });

export type { Involvement };

const labelledSchema = z.strictObject({
  id: idSchema,
  label: localizedTextSchema,
  provenance: provenanceSchema,
});

export const collaborationGroupSchema = z.strictObject({
  id: z.enum(['sweden', 'international']),
  label: localizedTextSchema,
  region: regionCodeSchema,
  /** How many examples the source studied in this group. */
  exampleCount: z.int().positive(),
  /** Sectors from most to least common; sectors in one tier are equally common as far as the source says. */
  sectorTiers: z.array(z.array(idSchema).min(1)).min(1),
  provenance: provenanceSchema,
});
export type CollaborationGroup = z.infer<typeof collaborationGroupSchema>;
export type GroupId = CollaborationGroup['id'];

export const collaborationExampleSchema = z.strictObject({
  id: idSchema,
  group: z.enum(['sweden', 'international']),
  name: localizedTextSchema,
  form: idSchema,
  region: regionCodeSchema,
  sectors: z.record(idSchema, z.enum(INVOLVEMENTS)),
  resultLevels: z.array(z.enum(RESULT_LEVELS)),
  provenance: provenanceSchema,
});
export type CollaborationExample = z.infer<typeof collaborationExampleSchema>;

export const collaborationsDatasetSchema = z
  .strictObject({
    dataset: z.literal('collaborations'),
    title: localizedTextSchema,
    sources: z.array(sourceSchema).min(1),
    sectors: z.array(labelledSchema).min(1),
    forms: z.array(labelledSchema).min(1),
    groups: z.array(collaborationGroupSchema).min(1),
    examples: z.array(collaborationExampleSchema),
  })
  .superRefine((dataset, context) => {
    const sectorIds = new Set(dataset.sectors.map((sector) => sector.id));
    const formIds = new Set(dataset.forms.map((form) => form.id));
    const issue = (path: (string | number)[], message: string, input: unknown) =>
      context.addIssue({ code: 'custom', path, message, input });

    dataset.groups.forEach((group, groupIndex) => {
      const tiered = group.sectorTiers.flat();
      tiered.forEach((sector) => {
        if (!sectorIds.has(sector)) {
          issue(['groups', groupIndex, 'sectorTiers'], `unknown sector "${sector}"`, sector);
        }
      });
      if (new Set(tiered).size !== tiered.length) {
        issue(['groups', groupIndex, 'sectorTiers'], 'a sector appears in two tiers', tiered);
      }
      const examples = dataset.examples.filter((example) => example.group === group.id);
      if (examples.length > 0 && examples.length !== group.exampleCount) {
        issue(
          ['groups', groupIndex, 'exampleCount'],
          `the source studied ${group.exampleCount} ${group.id} examples, the dataset has ${examples.length}`,
          examples.length,
        );
      }
    });

    const exampleIds = new Set<string>();
    dataset.examples.forEach((example, index) => {
      if (exampleIds.has(example.id)) {
        issue(['examples', index, 'id'], `duplicate example id "${example.id}"`, example.id);
      }
      exampleIds.add(example.id);
      if (!formIds.has(example.form)) {
        issue(['examples', index, 'form'], `unknown form "${example.form}"`, example.form);
      }
      for (const sector of Object.keys(example.sectors)) {
        if (!sectorIds.has(sector)) {
          issue(['examples', index, 'sectors', sector], `unknown sector "${sector}"`, sector);
        }
      }
      for (const sector of sectorIds) {
        if (!(sector in example.sectors)) {
          issue(['examples', index, 'sectors', sector], `missing sector "${sector}"`, undefined);
        }
      }
    });

    checkUniqueIds(dataset.sources, (i) => ['sources', i], context);
    checkUniqueIds(dataset.sectors, (i) => ['sectors', i], context);
    checkUniqueIds(dataset.forms, (i) => ['forms', i], context);
    checkUniqueIds(dataset.groups, (i) => ['groups', i], context);
    checkSourceReferences(dataset.sources, dataset.sectors, (i) => ['sectors', i], context);
    checkSourceReferences(dataset.sources, dataset.forms, (i) => ['forms', i], context);
    checkSourceReferences(dataset.sources, dataset.groups, (i) => ['groups', i], context);
    checkSourceReferences(dataset.sources, dataset.examples, (i) => ['examples', i], context);
  });
export type CollaborationsDataset = z.infer<typeof collaborationsDatasetSchema>;
