import type {
  CollaborationExample,
  CollaborationsDataset,
  GroupId,
  Involvement,
} from '../../data/collaborationsSchema';
import { regionsWithin } from '../../data/regionTree';
import type { Region, RegionCode } from '../../data/regionsSchema';
import type { ResultLevel } from '../../data/resultLevels';
import type { Language } from '../../i18n/format';
import type { SectorSelection } from './sectorSearch';

export interface ExampleFilters {
  region: RegionCode | null;
  level: ResultLevel | null;
  form: string | null;
}

/** Examples in the chosen region (an ESF region includes its counties), form and result level. */
export function filterExamples(
  examples: readonly CollaborationExample[],
  regions: readonly Region[],
  filters: ExampleFilters,
): CollaborationExample[] {
  const within = filters.region === null ? null : regionsWithin(regions, filters.region);
  return examples.filter(
    (example) =>
      (within === null || within.has(example.region)) &&
      (filters.form === null || example.form === filters.form) &&
      (filters.level === null || example.resultLevels.includes(filters.level)),
  );
}

/** The cross-filter: examples of the selected group in which the selected sector takes part. */
export function selectExamples(
  examples: readonly CollaborationExample[],
  selection: Pick<SectorSelection, 'sector' | 'group'>,
): CollaborationExample[] {
  return examples.filter(
    (example) =>
      (selection.group === null || example.group === selection.group) &&
      (selection.sector === null || (example.sectors[selection.sector] ?? 'none') !== 'none'),
  );
}

export interface TierColumnSeries {
  group: GroupId;
  title: string;
  tiers: { key: string; label: string }[][];
}

/** The published order of sectors in each group, as tiers. */
export function tierSeries(dataset: CollaborationsDataset, lang: Language): TierColumnSeries[] {
  const labels = new Map(dataset.sectors.map((sector) => [sector.id, sector.label[lang]]));
  return dataset.groups.map((group) => ({
    group: group.id,
    title: group.label[lang],
    tiers: group.sectorTiers.map((tier) =>
      tier.map((sector) => ({ key: sector, label: labels.get(sector) ?? sector })),
    ),
  }));
}

export const INVOLVEMENT_PARTS = [
  'lead',
  'involved',
  'none',
] as const satisfies readonly Involvement[];

export interface SectorCount {
  group: GroupId;
  sector: string;
  label: string;
  values: Record<Involvement, number>;
  total: number;
}

/** How many examples the largest group has. */
export function largestGroupSize(examples: readonly CollaborationExample[]): number {
  const sizes = new Map<string, number>();
  for (const example of examples) sizes.set(example.group, (sizes.get(example.group) ?? 0) + 1);
  return Math.max(0, ...sizes.values());
}

/** Per group and sector: how many of the examples it leads, takes part in or stays out of. */
export function summarySeries(
  dataset: CollaborationsDataset,
  examples: readonly CollaborationExample[],
  lang: Language,
): SectorCount[] {
  return dataset.groups.flatMap((group) => {
    const inGroup = examples.filter((example) => example.group === group.id);
    if (inGroup.length === 0) return [];
    return dataset.sectors.map((sector) => {
      const values: Record<Involvement, number> = { lead: 0, involved: 0, none: 0 };
      for (const example of inGroup) values[example.sectors[sector.id] ?? 'none'] += 1;
      return {
        group: group.id,
        sector: sector.id,
        label: sector.label[lang],
        values,
        total: inGroup.length,
      };
    });
  });
}

export interface MatrixRow {
  id: string;
  group: GroupId;
  name: string;
  form: string;
  region: string;
  cells: { sector: string; involvement: Involvement }[];
}

/** One row per example, grouped as the dataset's groups are ordered, with a cell per sector. */
export function matrixSeries(
  dataset: CollaborationsDataset,
  regions: readonly Region[],
  examples: readonly CollaborationExample[],
  lang: Language,
): MatrixRow[] {
  const forms = new Map(dataset.forms.map((form) => [form.id, form.label[lang]]));
  const regionNames = new Map(regions.map((region) => [region.code, region.name[lang]]));
  const groupOrder = dataset.groups.map((group) => group.id);
  return [...examples]
    .sort((a, b) => groupOrder.indexOf(a.group) - groupOrder.indexOf(b.group))
    .map((example) => ({
      id: example.id,
      group: example.group,
      name: example.name[lang],
      form: forms.get(example.form) ?? example.form,
      region: regionNames.get(example.region) ?? example.region,
      cells: dataset.sectors.map((sector) => ({
        sector: sector.id,
        involvement: example.sectors[sector.id] ?? 'none',
      })),
    }));
}
