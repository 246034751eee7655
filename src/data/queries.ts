import { queryOptions } from '@tanstack/react-query';
import { collaborationsDatasetSchema } from './collaborationsSchema';
import { DatasetError } from './DatasetError';
import { loadDataset } from './loadDataset';
import { projectsDatasetSchema } from './projectsSchema';
import { regionsDatasetSchema } from './regionsSchema';
import { surveyDatasetSchema } from './surveySchema';

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

export const surveyQuery = queryOptions({
  queryKey: ['dataset', SURVEY_FILE],
  queryFn: ({ signal }) => loadDataset(SURVEY_FILE, surveyDatasetSchema, signal),
});

export const regionsQuery = queryOptions({
  queryKey: ['dataset', REGIONS_FILE],
  queryFn: ({ signal }) => loadDataset(REGIONS_FILE, regionsDatasetSchema, signal),
  staleTime: Infinity,
});

export const collaborationsQuery = queryOptions({
  queryKey: ['dataset', COLLABORATIONS_FILE],
  queryFn: ({ signal }) => loadDataset(COLLABORATIONS_FILE, collaborationsDatasetSchema, signal),
});

export const projectsQuery = queryOptions({
  queryKey: ['dataset', PROJECTS_FILE],
  queryFn: ({ signal }) => loadDataset(PROJECTS_FILE, projectsDatasetSchema, signal),
});
