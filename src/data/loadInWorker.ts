import { DatasetError, type DatasetErrorKind } from './DatasetError';
import { datasetUrl, fetchInto, REQUEST_TIMEOUT_MS, requestTimedOut } from './loadDataset';
import type { DatasetName, ParsedDatasets } from './datasetParsers';
// The URL of the worker as Vite bundles it: one module script, same origin.
import datasetWorkerUrl from './datasetWorker.ts?worker&url';
import { trustedDatasetWorkerUrl, type TrustedTypePolicyFactoryLike } from './datasetWorkerUrl';

/**
 * A dataset's load: `load`, which the worker answers once it has fetched and parsed the file; or
 * `cancel`, which it does not answer.
 */
export type WorkerRequest = { id: number } & (
  | { load: { name: DatasetName; file: string; url: string; maxBytes?: number | undefined } }
  | { cancel: true }
);

/** Parses a made-up file and answers nothing: see warmUpParser. */
export interface WarmUpRequest {
  warmUp: true;
}

/**
 * The worker's messages about a load: `received` once the whole file is in (the page's time-out
 * covers the request and the body, not the parse), then the answer.
 */
export type WorkerReply =
  | { id: number; received: true }
  | {
      id: number;
      ok: true;
      result: ParsedDatasets[DatasetName];
      /** The service worker's stamp: see fetchedAtOf. */
      fetchedAt: number | null | undefined;
    }
  | {
      id: number;
      ok: false;
      error: {
        file: string;
        kind: DatasetErrorKind;
        detail: string;
        location?: string;
        status?: number | undefined;
      };
    };

type WorkerAnswer = Exclude<WorkerReply, { received: true }>;

interface Pending {
  file: string;
  received: () => void;
  answer: (reply: WorkerAnswer) => void;
}

// Without Worker (unit tests in jsdom), the parsers load on this thread, as soon as this module
// does. Only tests take that path: a build leaves it out, so that the modules the parsers share
// with the page are not split into chunks of their own for a file the page never loads.
const loadMainThreadParsers = () =>
  import.meta.env.MODE === 'test' && typeof Worker === 'undefined'
    ? import('./datasetParsers')
    : null;
const mainThreadParsers = loadMainThreadParsers();

let worker: Worker | null = null;
const pending = new Map<number, Pending>();
let nextId = 1;

function startWorker(): Worker {
  const factory = (globalThis as { trustedTypes?: TrustedTypePolicyFactoryLike }).trustedTypes;
  const scriptUrl = trustedDatasetWorkerUrl(datasetWorkerUrl, factory, window.location.origin);
  const started = new Worker(scriptUrl as string, { type: 'module', name: 'datasets' });
  started.addEventListener('message', (event: MessageEvent<WorkerReply>) => {
    const reply = event.data;
    if ('received' in reply) {
      pending.get(reply.id)?.received();
      return;
    }
    pending.get(reply.id)?.answer(reply);
    pending.delete(reply.id);
  });
  // A worker that cannot run (its script failed to load, or it threw) answers every waiting
  // request, and is stopped: it may still be downloading. The next request starts another.
  started.addEventListener('error', (event) => {
    for (const [id, { file, answer }] of pending) {
      answer({
        id,
        ok: false,
        error: { file, kind: 'format', detail: `the dataset worker failed (${event.message})` },
      });
    }
    pending.clear();
    started.terminate();
    worker = null;
  });
  return started;
}

/** Starts the worker while a file downloads, so that it is ready when the bytes arrive. */
export function prepareParser(): void {
  if (!mainThreadParsers) worker ??= startWorker();
}

/**
 * Has the worker parse a made-up projects file while the page is idle, so that a real one later
 * runs compiled code rather than the engine's first, slow tier.
 */
export function warmUpParser(): void {
  prepareParser();
  worker?.postMessage({ warmUp: true } satisfies WarmUpRequest);
}

function abortError(): DOMException {
  return new DOMException('The dataset request was aborted', 'AbortError');
}

/** A dataset, and when its data came from the network (fetchedAtOf). */
export interface Loaded<Dataset> {
  dataset: Dataset;
  fetchedAt: number | null | undefined;
}

export type LoadedDataset<Name extends DatasetName> = Loaded<ParsedDatasets[Name]>;

/** The file parsed as its bytes arrive, on this thread (unit tests in jsdom). */
async function loadOnThisThread<Name extends DatasetName>(
  parsers: NonNullable<typeof mainThreadParsers>,
  name: Name,
  file: string,
  signal: AbortSignal | undefined,
  maxBytes: number | undefined,
): Promise<LoadedDataset<Name>> {
  const { ArrivingDataset } = await parsers;
  let arriving = new ArrivingDataset(name, file, 0);
  const sink = {
    expect: (bytes: number) => (arriving = new ArrivingDataset(name, file, bytes)),
    add: (chunk: Uint8Array) => arriving.add(chunk),
  };
  const fetchedAt = await fetchInto(file, sink, { signal, maxBytes });
  return { dataset: arriving.parse(), fetchedAt };
}

/**
 * Fetches and parses a dataset in a Web Worker, which reads each chunk as it arrives: the page's
 * own work (drawing the view while the file downloads) never holds the bytes back, and a long
 * parse never freezes the page. Where there is no Worker (unit tests in jsdom), on this thread.
 * Failures are the same DatasetError either way.
 */
export async function loadInWorker<Name extends DatasetName>(
  name: Name,
  file: string,
  { signal, maxBytes }: { signal?: AbortSignal; maxBytes?: number } = {},
): Promise<LoadedDataset<Name>> {
  if (mainThreadParsers) return loadOnThisThread(mainThreadParsers, name, file, signal, maxBytes);
  if (signal?.aborted) throw abortError();
  const running = (worker ??= startWorker());
  const id = nextId++;
  // The time-out is kept here rather than in the worker, so that a test's fake clock governs it.
  // Like fetchInto's, it covers the request and the body; the worker says when the body is in.
  const reply = new Promise<WorkerAnswer>((resolve, reject) => {
    const stop = (error: unknown) => {
      if (!pending.delete(id)) return;
      settle();
      running.postMessage({ id, cancel: true } satisfies WorkerRequest);
      reject(error);
    };
    const abort = () => stop(abortError());
    const timer = setTimeout(() => stop(requestTimedOut(file)), REQUEST_TIMEOUT_MS);
    const settle = () => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', abort);
    };
    pending.set(id, {
      file,
      received: () => clearTimeout(timer),
      answer: (answered) => {
        settle();
        resolve(answered);
      },
    });
    signal?.addEventListener('abort', abort);
  });
  running.postMessage({
    id,
    load: { name, file, url: datasetUrl(file), maxBytes },
  } satisfies WorkerRequest);
  const answer = await reply;
  if (!answer.ok) throw new DatasetError(answer.error);
  return { dataset: answer.result as ParsedDatasets[Name], fetchedAt: answer.fetchedAt };
}
