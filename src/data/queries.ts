import { queryOptions, type QueryClient } from '@tanstack/react-query';
import { DatasetError } from './DatasetError';
import type { DatasetName, ParsedDatasets } from './datasetParsers';
import { recordDatasetResponse } from './datasetResponses';
import { datasetUrl } from './loadDataset';
import { loadInWorker } from './loadInWorker';
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
 * Fetches and validates a dataset in the dataset worker, and keeps the service worker's word on
 * when its data came from the network.
 */
async function loadValidated<Name extends DatasetName>(
  name: Name,
  file: string,
  signal: AbortSignal,
  maxBytes?: number,
): Promise<ParsedDatasets[Name]> {
  const { dataset, fetchedAt } = await loadInWorker(name, file, signal, maxBytes);
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
>(client: QueryClient, file: string, loading: Promise<Dataset>): Promise<Dataset> {
  const checker = alongside(import('./regionReferences'));
  const regions = client.ensureQueryData(regionsQuery).catch(() => null);
  const dataset = await loading;
  const known = await regions;
  if (!known) return dataset;
  const unknown = (await checker).unknownRegionReference(file, dataset, known);
  if (unknown) throw unknown;
  return dataset;
}

async function loadProjects(signal: AbortSignal): Promise<ProjectsDataset> {
  const decoder = alongside(import('./projectColumns'));
  const parsed = await loadValidated('projects', PROJECTS_FILE, signal, MAX_PROJECTS_BYTES);
  if (parsed.form === 'rows') return parsed.dataset;
  return (await decoder).datasetFromColumns(parsed.metadata, parsed.columns);
}

export const regionsQuery = queryOptions({
  queryKey: ['dataset', REGIONS_FILE],
  queryFn: ({ signal }) => loadValidated('regions', REGIONS_FILE, signal),
  staleTime: Infinity,
});

export const surveyQuery = queryOptions({
  queryKey: ['dataset', SURVEY_FILE],
  queryFn: ({ signal, client }) =>
    withKnownRegions(client, SURVEY_FILE, loadValidated('survey', SURVEY_FILE, signal)),
});

export const collaborationsQuery = queryOptions({
  queryKey: ['dataset', COLLABORATIONS_FILE],
  queryFn: ({ signal, client }) =>
    withKnownRegions(
      client,
      COLLABORATIONS_FILE,
      loadValidated('collaborations', COLLABORATIONS_FILE, signal),
    ),
});

export const projectsQuery = queryOptions({
  queryKey: ['dataset', PROJECTS_FILE],
  queryFn: ({ signal, client }) => withKnownRegions(client, PROJECTS_FILE, loadProjects(signal)),
  // A columnar dataset builds its rows only when asked; comparing it deeply would build them.
  structuralSharing: false,
});
