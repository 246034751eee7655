import { parseProjectsSearch, serializeProjectsSearch } from '../features/projects/projectsSearch';
import {
  parseResultsSearch,
  serializeResultsSearch,
} from '../features/result-levels/resultsSearch';
import {
  parseSectorSelection,
  serializeSectorSelection,
} from '../features/sector-mix/sectorSearch';
import type { ViewEntry } from './views';

/** Every chart that can be embedded, and the view it belongs to. */
export const EMBED_CHARTS = {
  'survey-national': '/survey',
  'survey-region': '/survey',
  'sectors-order': '/sectors',
  'sectors-summary': '/sectors',
  'sectors-matrix': '/sectors',
  'results-counts': '/results',
  'results-matrix': '/results',
  'projects-map': '/projects',
  'projects-timeline': '/projects',
  'projects-table': '/projects',
} as const satisfies Record<string, ViewEntry['path']>;

export type EmbedChartId = keyof typeof EMBED_CHARTS;
export type EmbedViewPath = (typeof EMBED_CHARTS)[EmbedChartId];

export function isEmbedChartId(chartId: string): chartId is EmbedChartId {
  return Object.hasOwn(EMBED_CHARTS, chartId);
}

/** `lock=1` hides the filter controls of an embedded chart. */
export function isLocked(search: Record<string, unknown>): boolean {
  return search.lock === 1 || search.lock === '1' || search.lock === true;
}

/** An embed URL's search: each view's own state, cleaned by that view's rules, and `lock`. */
export function validateEmbedSearch(search: Record<string, unknown>): Record<string, unknown> {
  return {
    ...serializeSectorSelection(parseSectorSelection(search)),
    ...serializeResultsSearch(parseResultsSearch(search)),
    ...serializeProjectsSearch(parseProjectsSearch(search)),
    lock: isLocked(search) ? 1 : undefined,
  };
}

/** The full view's search for an embed's search: the same state without `lock`. */
export function dashboardSearch(search: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(search).filter(([key, value]) => key !== 'lock' && value !== undefined),
  );
}
