import type { CollaborationsDataset } from './collaborationsSchema';
import { DatasetError } from './DatasetError';
import { formatPath } from './loadDataset';
import { columnsOf } from './projectColumns';
import type { ProjectsDataset } from './projectsSchema';
import type { RegionsDataset } from './regionsSchema';
import type { SurveyDataset } from './surveySchema';

interface RegionReference {
  path: (string | number)[];
  code: string;
}

function regionReferences(
  dataset: SurveyDataset | CollaborationsDataset | ProjectsDataset,
): RegionReference[] {
  switch (dataset.dataset) {
    case 'survey-2019':
      return dataset.shares.map((share, index) => ({
        path: ['shares', index, 'region'],
        code: share.region,
      }));
    case 'collaborations':
      return [
        ...dataset.groups.map((group, index) => ({
          path: ['groups', index, 'region'],
          code: group.region,
        })),
        ...dataset.examples.map((example, index) => ({
          path: ['examples', index, 'region'],
          code: example.region,
        })),
      ];
    case 'projects': {
      // One reference per distinct code, at its first row: a million projects name a dozen regions.
      const region = columnsOf(dataset).text.region;
      if (!region) return [];
      const firstRow = new Int32Array(region.dictionary.length).fill(-1);
      const { indices } = region;
      let unseen = region.dictionary.length;
      for (let row = 0; row < indices.length && unseen > 0; row += 1) {
        const code = indices[row]!;
        if (code >= 0 && firstRow[code] === -1) {
          firstRow[code] = row;
          unseen -= 1;
        }
      }
      return region.dictionary.flatMap((code, index) =>
        firstRow[index] === -1
          ? []
          : [{ path: ['projects', firstRow[index]!, 'region', 'value'], code }],
      );
    }
  }
}

/**
 * The first record of `file` that names a region the regions dataset lacks, as the error to
 * show, or `null` when every region is known. Each file is valid on its own; this checks the
 * reference between two of them once both have arrived.
 */
export function unknownRegionReference(
  file: string,
  dataset: SurveyDataset | CollaborationsDataset | ProjectsDataset,
  regions: RegionsDataset,
): DatasetError | null {
  const known = new Set(regions.regions.map((region) => region.code));
  const unknown = regionReferences(dataset).find((reference) => !known.has(reference.code));
  if (!unknown) return null;
  return new DatasetError({
    file,
    kind: 'validation',
    location: formatPath(unknown.path),
    detail: `unknown region "${unknown.code}" (not in regions.json)`,
  });
}
