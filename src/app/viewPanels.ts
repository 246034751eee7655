import { useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { warmUpParser } from '../data/loadInWorker';
import { PANEL_MODULES } from './routeModules';
import { whenIdle } from './whenIdle';

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
