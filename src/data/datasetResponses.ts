/**
 * When the data of each dataset answer came from the network, as the service worker stamped it
 * (see fetchedAtOf): the time, or null for a saved copy of unknown age. Answers that no service
 * worker stamped are not recorded.
 */
let fetchedAtByUrl: ReadonlyMap<string, number | null> = new Map();
const listeners = new Set<() => void>();

/** Keeps the latest stamp of the dataset at `url`. */
export function recordDatasetResponse(url: string, fetchedAt: number | null): void {
  fetchedAtByUrl = new Map(fetchedAtByUrl).set(url, fetchedAt);
  for (const listener of listeners) listener();
}

/** The latest stamp per dataset URL (a new map after every report). */
export function datasetResponseTimes(): ReadonlyMap<string, number | null> {
  return fetchedAtByUrl;
}

export function subscribeToDatasetResponses(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
