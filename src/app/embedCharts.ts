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
