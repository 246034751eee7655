import { localeOf, type Language } from '../../i18n/format';

/** A dataset the page holds: where it comes from and when its query last received it. */
export interface HeldDataset {
  url: string;
  dataUpdatedAt: number;
  /** Some view on screen uses it. */
  shown: boolean;
}

/** When the data on screen was fetched from the network: a time, 'unknown', or null (no data). */
export type DataFetchedAt = number | 'unknown' | null;

/**
 * When the shown data was fetched from the network: the oldest of the shown datasets. A query
 * receives its data at `dataUpdatedAt`, but the service worker may have answered from a copy
 * fetched earlier; its report (`reportedFetchedAt`, by URL) then says when, or that it is unknown.
 */
export function shownDataFetchedAt(
  datasets: readonly HeldDataset[],
  reportedFetchedAt: ReadonlyMap<string, number | null>,
): DataFetchedAt {
  let oldest: DataFetchedAt = null;
  for (const dataset of datasets) {
    if (!dataset.shown) continue;
    const reported = reportedFetchedAt.get(dataset.url);
    if (reported === null) return 'unknown';
    // A report newer than the data belongs to an answer the query has not taken (yet).
    const fetchedAt =
      reported === undefined ? dataset.dataUpdatedAt : Math.min(reported, dataset.dataUpdatedAt);
    oldest = oldest === null ? fetchedAt : Math.min(oldest, fetchedAt);
  }
  return oldest;
}

/** "14:05", or "24 nov. 14:05" when the time is not from the same day as `now`. */
export function formatFetchedAt(fetchedAt: number, now: number, lang: Language): string {
  const fetched = new Date(fetchedAt);
  const sameDay = fetched.toDateString() === new Date(now).toDateString();
  return new Intl.DateTimeFormat(localeOf(lang), {
    ...(sameDay ? {} : { day: 'numeric', month: 'short' }),
    hour: '2-digit',
    minute: '2-digit',
  }).format(fetched);
}
