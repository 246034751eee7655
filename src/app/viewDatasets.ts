import type { QueryClient } from '@tanstack/react-query';
import { collaborationsQuery, projectsQuery, regionsQuery, surveyQuery } from '../data/queries';
import type { ViewEntry } from './views';

type Prefetch = (client: QueryClient) => Promise<void>;

const survey: Prefetch = (client) => client.prefetchQuery(surveyQuery);
const collaborations: Prefetch = (client) => client.prefetchQuery(collaborationsQuery);
const projects: Prefetch = (client) => client.prefetchQuery(projectsQuery);
const regions: Prefetch = (client) => client.prefetchQuery(regionsQuery);

const VIEW_DATASETS: Record<ViewEntry['path'], Prefetch[]> = {
  '/': [survey],
  '/survey': [survey, regions],
  '/sectors': [collaborations, regions],
  '/results': [projects, regions],
  '/projects': [projects, regions],
  '/sources': [survey, collaborations, projects, regions],
};

/**
 * Starts loading the datasets a view draws as soon as its route is matched (or a link to it is
 * hovered), alongside the view's own code rather than after it. Failures show in the view.
 */
export function prefetchViewDatasets(client: QueryClient, path: ViewEntry['path']): void {
  for (const prefetch of VIEW_DATASETS[path]) void prefetch(client);
}
