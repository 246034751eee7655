import { useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useEffect, type ComponentType } from 'react';
import { warmUpParser } from '../data/parseInWorker';
import type { EmbedViewPath } from './embedCharts';
import { whenIdle } from './whenIdle';

export type PanelComponent = ComponentType<{ only?: string }>;

/**
 * Each view's panel module, loaded on its own so that an embed carries only the view of its
 * chart. The embed route's loader starts the import and the page's lazy component awaits the
 * same one, so the panel's code loads alongside the page's rather than after it.
 */
export const PANEL_MODULES: Record<EmbedViewPath, () => Promise<PanelComponent>> = {
  '/survey': () =>
    import('../features/survey-priorities/SurveyPrioritiesPanel').then(
      (module) => module.SurveyPrioritiesPanel,
    ),
  '/sectors': () =>
    import('../features/sector-mix/SectorMixPanel').then((module) => module.SectorMixPanel),
  '/results': () =>
    import('../features/result-levels/ResultLevelsPanel').then(
      (module) => module.ResultLevelsPanel,
    ),
  '/projects': () =>
    import('../features/projects/ProjectsPanel').then((module) => module.ProjectsPanel),
};

/**
 * Runs `task` (through `idle`) once `client` has fetched something and is fetching nothing more;
 * returns a function that stops waiting.
 */
export function whenQueriesSettle(
  client: QueryClient,
  task: () => void,
  idle: (task: () => void) => void = whenIdle,
): () => void {
  let sawFetching = client.isFetching() > 0;
  const unsubscribe = client.getQueryCache().subscribe(() => {
    if (client.isFetching() > 0) {
      sawFetching = true;
    } else if (sawFetching) {
      unsubscribe();
      idle(task);
    }
  });
  return unsubscribe;
}

/**
 * Runs `task` once: when `client`'s queries settle (see whenQueriesSettle), or after `atLatestMs`
 * where they do not (a page that fetches nothing); returns a function that stops waiting.
 */
export function whenQueriesSettleOrAfter(
  client: QueryClient,
  atLatestMs: number,
  task: () => void,
  idle: (task: () => void) => void = whenIdle,
): () => void {
  let waiting = true;
  const stop = () => {
    waiting = false;
    stopSettling();
    clearTimeout(timer);
  };
  const runOnce = () => {
    if (!waiting) return;
    stop();
    task();
  };
  const stopSettling = whenQueriesSettle(client, runOnce, idle);
  const timer = setTimeout(runOnce, atLatestMs);
  return stop;
}

/**
 * Loads every view's code once the page has settled: the datasets it asked for are in and the
 * browser is idle. Opening another view then draws without first fetching and compiling its code
 * (10k projects, survey → result levels: click → chart 437 → 277 ms, medians), and works
 * offline once visited. Loading it any earlier slows the first view's own load.
 */
export function usePanelsPreloadedWhenSettled(): void {
  const client = useQueryClient();
  useEffect(
    () =>
      whenQueriesSettle(client, () => {
        for (const load of Object.values(PANEL_MODULES)) load().catch(() => undefined);
        warmUpParser();
      }),
    [client],
  );
}
