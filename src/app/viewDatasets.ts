import type { QueryClient, QueryKey } from '@tanstack/react-query';
import { collaborationsQuery, projectsQuery, regionsQuery, surveyQuery } from '../data/queries';
import type { ViewEntry } from './views';

type Prefetch = (client: QueryClient) => void;

/**
 * Starts a dataset's first load. A route's loader runs again on every change of the address, so
 * a dataset already loaded (or failed) is left to the views' own queries: refreshing a stale one
 * on each filter change would fetch the file again.
 */
function firstLoad(client: QueryClient, queryKey: QueryKey, load: () => Promise<void>): void {
  if (client.getQueryState(queryKey) === undefined) void load();
}

const survey: Prefetch = (client) =>
  firstLoad(client, surveyQuery.queryKey, () => client.prefetchQuery(surveyQuery));
const collaborations: Prefetch = (client) =>
  firstLoad(client, collaborationsQuery.queryKey, () => client.prefetchQuery(collaborationsQuery));
const projects: Prefetch = (client) =>
  firstLoad(client, projectsQuery.queryKey, () => client.prefetchQuery(projectsQuery));
const regions: Prefetch = (client) =>
  firstLoad(client, regionsQuery.queryKey, () => client.prefetchQuery(regionsQuery));

// The small region list first: the dataset worker reads one file at a time, and the view needs
// both; a projects file in the way holds the region list back by as long as its parse takes.
const VIEW_DATASETS: Record<ViewEntry['path'], Prefetch[]> = {
  '/': [survey],
  '/survey': [regions, survey],
  '/sectors': [regions, collaborations],
  '/results': [regions, projects],
  '/projects': [regions, projects],
  '/sources': [regions, survey, collaborations, projects],
};

/**
 * Starts loading the datasets a view draws as soon as its route is matched (or a link to it is
 * hovered), alongside the view's own code rather than after it. Failures show in the view.
 */
export function prefetchViewDatasets(client: QueryClient, path: ViewEntry['path']): void {
  for (const prefetch of VIEW_DATASETS[path]) prefetch(client);
}
