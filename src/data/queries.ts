import { queryOptions, type QueryClient } from '@tanstack/react-query';
import { DatasetError } from './DatasetError';
import { recordDatasetResponse } from './datasetResponses';
import { datasetUrl } from './loadDataset';
import { loadInWorker, type Loaded } from './loadInWorker';
import type { CollaborationsDataset } from './collaborationsSchema';
import type { ProjectsDataset } from './projectsSchema';
import type { SurveyDataset } from './surveySchema';

const MAX_RETRIES = 3;

/** Retries network trouble with backoff; never retries a 4xx or data that failed validation. */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  if (failureCount >= MAX_RETRIES) return false;
  return error instanceof DatasetError ? error.retryable : false;
}

/** 1 s, 2 s, 4 s … capped at 15 s. */
export function retryDelay(attempt: number): number {
  return Math.min(1000 * 2 ** attempt, 15_000);
}

export const SURVEY_FILE = 'survey-2019.json';
export const REGIONS_FILE = 'regions.json';
export const COLLABORATIONS_FILE = 'collaborations.json';
export const PROJECTS_FILE = 'projects.json';

/** A columnar projects file of a million projects is ≈ 30 MB; row files stay far below. */
const MAX_PROJECTS_BYTES = 64 * 1024 * 1024;

/**
 * Keeps the service worker's word on when a dataset's data came from the network, once the
 * dataset is accepted: a rejected answer leaves the data on screen, and that data's time.
 */
function keepFetchedAt<Dataset>(file: string, { dataset, fetchedAt }: Loaded<Dataset>): Dataset {
  if (fetchedAt !== undefined) recordDatasetResponse(datasetUrl(file), fetchedAt);
  return dataset;
}

/**
 * A module fetched alongside a file rather than after it. If the file fails first, the module's
 * own failure is not left unhandled; awaited, it still throws.
 */
function alongside<Module>(loading: Promise<Module>): Promise<Module> {
  loading.catch(() => undefined);
  return loading;
}

/**
 * Each file is valid on its own; a region code it names must also be in regions.json. Checked
 * once both have arrived; when regions.json itself fails, its own error is what the views show.
 */
async function withKnownRegions<
  Dataset extends SurveyDataset | CollaborationsDataset | ProjectsDataset,
>(client: QueryClient, file: string, loading: Promise<Loaded<Dataset>>): Promise<Dataset> {
  const checker = alongside(import('./regionReferences'));
  const regions = client.ensureQueryData(regionsQuery).catch(() => null);
  const loaded = await loading;
  const known = await regions;
  const unknown = known && (await checker).unknownRegionReference(file, loaded.dataset, known);
  if (unknown) throw unknown;
  return keepFetchedAt(file, loaded);
}

async function loadProjects(signal: AbortSignal): Promise<Loaded<ProjectsDataset>> {
  const decoder = alongside(import('./projectColumns'));
  const { dataset: parsed, fetchedAt } = await loadInWorker('projects', PROJECTS_FILE, {
    signal,
    maxBytes: MAX_PROJECTS_BYTES,
  });
  if (parsed.form === 'rows') return { dataset: parsed.dataset, fetchedAt };
  const dataset = (await decoder).datasetFromColumns(parsed.metadata, parsed.columns);
  return { dataset, fetchedAt };
}

export const regionsQuery = queryOptions({
  queryKey: ['dataset', REGIONS_FILE],
  queryFn: async ({ signal }) =>
    keepFetchedAt(REGIONS_FILE, await loadInWorker('regions', REGIONS_FILE, { signal })),
  staleTime: Infinity,
});

export const surveyQuery = queryOptions({
  queryKey: ['dataset', SURVEY_FILE],
  queryFn: ({ signal, client }) =>
    withKnownRegions(client, SURVEY_FILE, loadInWorker('survey', SURVEY_FILE, { signal })),
});

export const collaborationsQuery = queryOptions({
  queryKey: ['dataset', COLLABORATIONS_FILE],
  queryFn: ({ signal, client }) =>
    withKnownRegions(
      client,
      COLLABORATIONS_FILE,
      loadInWorker('collaborations', COLLABORATIONS_FILE, { signal }),
    ),
});

export const projectsQuery = queryOptions({
  queryKey: ['dataset', PROJECTS_FILE],
  queryFn: ({ signal, client }) => withKnownRegions(client, PROJECTS_FILE, loadProjects(signal)),
  // A columnar dataset builds its rows only when asked; comparing it deeply would build them.
  structuralSharing: false,
});
