import { z } from './zod';
import {
  checkSourceReferences,
  localizedTextSchema,
  provenanceSchema,
  sourceSchema,
} from './provenanceSchema';
import { regionCodeSchema } from './regionsSchema';
import { checkUniqueIds } from './uniqueIds';

// Each share is a share of all points given in the region, so a region's shares sum to 100; the
// source publishes whole percentages that do (FACTS.md). The tolerance admits floating-point
// error in decimal shares, never a lost or invented point.
const SHARE_TOTAL_TOLERANCE = 0.05;

function measured<T extends z.ZodType>(value: T) {
  return z.strictObject({ value, provenance: provenanceSchema });
}

const areaIdSchema = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, { error: 'expected an area id' });

export const surveyShareSchema = z.strictObject({
  region: regionCodeSchema,
  area: areaIdSchema,
  share: z
    .number({ error: 'expected a number between 0 and 100' })
    .min(0, { error: 'expected a number between 0 and 100' })
    .max(100, { error: 'expected a number between 0 and 100' }),
  provenance: provenanceSchema,
});
export type SurveyShare = z.infer<typeof surveyShareSchema>;

export const surveyAreaSchema = z.strictObject({
  id: areaIdSchema,
  label: localizedTextSchema,
  provenance: provenanceSchema,
});
export type SurveyArea = z.infer<typeof surveyAreaSchema>;

export const surveyDatasetSchema = z
  .strictObject({
    dataset: z.literal('survey-2019'),
    title: localizedTextSchema,
    sources: z.array(sourceSchema).min(1),
    method: z.strictObject({
      fieldwork: measured(z.string().regex(/^\d{4}-\d{2}$/)),
      recipients: measured(z.int().positive()),
      responseRate: measured(z.number().min(0).max(100)),
      respondents: measured(z.int().nonnegative()),
      areasOffered: measured(z.int().positive()),
      areasRanked: measured(z.int().positive()),
    }),
    areas: z.array(surveyAreaSchema),
    shares: z.array(surveyShareSchema),
  })
  .superRefine((dataset, context) => {
    const areaIds = new Set(dataset.areas.map((area) => area.id));
    const seen = new Set<string>();
    const totals = new Map<string, number>();
    dataset.shares.forEach((share, index) => {
      if (!areaIds.has(share.area)) {
        context.addIssue({
          code: 'custom',
          path: ['shares', index, 'area'],
          message: `unknown area "${share.area}"`,
          input: share.area,
        });
      }
      const key = `${share.region}/${share.area}`;
      if (seen.has(key)) {
        context.addIssue({
          code: 'custom',
          path: ['shares', index],
          message: `duplicate share for region ${share.region} and area ${share.area}`,
          input: share,
        });
      }
      seen.add(key);
      totals.set(share.region, (totals.get(share.region) ?? 0) + share.share);
    });
    for (const [region, total] of totals) {
      if (Math.abs(total - 100) > SHARE_TOTAL_TOLERANCE) {
        const index = dataset.shares.findIndex((share) => share.region === region);
        context.addIssue({
          code: 'custom',
          path: ['shares', index, 'share'],
          message: `the shares of region ${region} sum to ${total}, not 100`,
          input: total,
        });
      }
    }
    checkUniqueIds(dataset.sources, (i) => ['sources', i], context);
    checkUniqueIds(dataset.areas, (i) => ['areas', i], context);
    const methodEntries = Object.entries(dataset.method);
    checkSourceReferences(
      dataset.sources,
      methodEntries.map(([, measure]) => measure),
      (i) => ['method', methodEntries[i]?.[0] ?? i],
      context,
    );
    checkSourceReferences(dataset.sources, dataset.areas, (i) => ['areas', i], context);
    checkSourceReferences(dataset.sources, dataset.shares, (i) => ['shares', i], context);
  });
export type SurveyDataset = z.infer<typeof surveyDatasetSchema>;
