import { REGION_CODE_PATTERN } from './urlValues';
import { z } from './zod';
import {
  checkSourceReferences,
  localizedTextSchema,
  provenanceSchema,
  sourceSchema,
} from './provenanceSchema';
import { checkUniqueIds } from './uniqueIds';

/** ISO 3166-1/-2 codes (SE, SE-AB), NUTS-2 codes (SE11) and ESF's national code SE0. */
export const regionCodeSchema = z.string().regex(REGION_CODE_PATTERN, {
  error: 'expected a region code such as SE, SE11, SE0 or SE-AB',
});
export type RegionCode = z.infer<typeof regionCodeSchema>;

export const regionSchema = z.strictObject({
  code: regionCodeSchema,
  kind: z.enum(['country', 'esf-national', 'esf-region', 'county', 'international']),
  parent: regionCodeSchema.nullable(),
  name: localizedTextSchema,
  nuts2: z.string().optional(),
  provenance: provenanceSchema,
});
export type Region = z.infer<typeof regionSchema>;

export const regionsDatasetSchema = z
  .strictObject({
    dataset: z.literal('regions'),
    title: localizedTextSchema,
    sources: z.array(sourceSchema).min(1),
    regions: z.array(regionSchema).min(1),
  })
  .superRefine((dataset, context) => {
    const codes = new Set<string>();
    dataset.regions.forEach((region, index) => {
      if (codes.has(region.code)) {
        context.addIssue({
          code: 'custom',
          path: ['regions', index, 'code'],
          message: `duplicate region code "${region.code}"`,
          input: region.code,
        });
      }
      codes.add(region.code);
    });
    dataset.regions.forEach((region, index) => {
      if (region.parent !== null && !codes.has(region.parent)) {
        context.addIssue({
          code: 'custom',
          path: ['regions', index, 'parent'],
          message: `unknown parent region "${region.parent}"`,
          input: region.parent,
        });
      }
    });
    checkUniqueIds(dataset.sources, (i) => ['sources', i], context);
    checkSourceReferences(dataset.sources, dataset.regions, (i) => ['regions', i], context);
  });
export type RegionsDataset = z.infer<typeof regionsDatasetSchema>;
