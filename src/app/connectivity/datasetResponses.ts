import { z } from '../../data/zod';

/** What the service worker posts for each dataset answer (see datasetResponsePlugin.ts). */
export const datasetResponseSchema = z.object({
  type: z.literal('dataset-response'),
  url: z.string(),
  /** When the answer's data was fetched from the network; null when a cached copy's age is unknown. */
  fetchedAt: z.number().nullable(),
});

let fetchedAtByUrl: ReadonlyMap<string, number | null> = new Map();
const listeners = new Set<() => void>();

/** Keeps the latest report per dataset URL; ignores any other message (the dev mock worker's). */
export function recordDatasetResponse(message: unknown): void {
  const report = datasetResponseSchema.safeParse(message);
  if (!report.success) return;
  fetchedAtByUrl = new Map(fetchedAtByUrl).set(report.data.url, report.data.fetchedAt);
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
