/** What the service worker posts for each dataset answer (see datasetResponsePlugin.ts). */
export interface DatasetResponseReport {
  type: 'dataset-response';
  url: string;
  /** When the answer's data was fetched from the network; null when a cached copy's age is unknown. */
  fetchedAt: number | null;
}

// Checked by hand rather than with zod: this runs in the app shell, which loads no schema library.
export function isDatasetResponseReport(message: unknown): message is DatasetResponseReport {
  if (typeof message !== 'object' || message === null) return false;
  const { type, url, fetchedAt } = message as Record<string, unknown>;
  return (
    type === 'dataset-response' &&
    typeof url === 'string' &&
    (fetchedAt === null || (typeof fetchedAt === 'number' && Number.isFinite(fetchedAt)))
  );
}

let fetchedAtByUrl: ReadonlyMap<string, number | null> = new Map();
const listeners = new Set<() => void>();

/** Keeps the latest report per dataset URL; ignores any other message (the dev mock worker's). */
export function recordDatasetResponse(message: unknown): void {
  if (!isDatasetResponseReport(message)) return;
  fetchedAtByUrl = new Map(fetchedAtByUrl).set(message.url, message.fetchedAt);
  for (const listener of listeners) listener();
}

/** The latest reported fetch time per dataset URL (a new map after every report). */
export function datasetResponseTimes(): ReadonlyMap<string, number | null> {
  return fetchedAtByUrl;
}

export function subscribeToDatasetResponses(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function listenForDatasetResponses(container: ServiceWorkerContainer): void {
  container.addEventListener('message', (event) => recordDatasetResponse(event.data));
  container.startMessages();
}
