import { DatasetError, type DatasetErrorKind } from './DatasetError';
import type { DatasetName, ParsedDatasets } from './datasetParsers';
// The URL of the worker as Vite bundles it: one module script, same origin.
import datasetWorkerUrl from './datasetWorker.ts?worker&url';
import { trustedDatasetWorkerUrl, type TrustedTypePolicyFactoryLike } from './datasetWorkerUrl';

export interface WorkerRequest {
  id: number;
  name: DatasetName;
  file: string;
  /** The file's bytes, handed over rather than copied; the worker decodes them. */
  bytes: ArrayBuffer;
}

/** Parses a made-up file and answers nothing: see warmUpParser. */
export interface WarmUpRequest {
  warmUp: true;
}

export type WorkerReply =
  | { id: number; ok: true; result: ParsedDatasets[DatasetName] }
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

interface Pending {
  file: string;
  answer: (reply: WorkerReply) => void;
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
    pending.get(event.data.id)?.answer(event.data);
    pending.delete(event.data.id);
  });
  // A worker that cannot run (its script failed to load) answers every waiting request.
  started.addEventListener('error', (event) => {
    for (const [id, { file, answer }] of pending) {
      answer({
        id,
        ok: false,
        error: { file, kind: 'format', detail: `the dataset worker failed (${event.message})` },
      });
    }
    pending.clear();
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

/**
 * Decodes, parses and validates a dataset in a Web Worker, so that a large file never freezes
 * the page; where there is no Worker (unit tests in jsdom), on this thread. Failures are the
 * same DatasetError either way. The bytes are handed to the worker: do not use them after.
 */
export async function parseOffMainThread<Name extends DatasetName>(
  name: Name,
  file: string,
  bytes: ArrayBuffer,
  signal?: AbortSignal,
): Promise<ParsedDatasets[Name]> {
  if (mainThreadParsers) {
    const { parseDatasetBytes } = await mainThreadParsers;
    return parseDatasetBytes(name, file, bytes);
  }
  const running = (worker ??= startWorker());
  const id = nextId++;
  const reply = await new Promise<WorkerReply>((resolve, reject) => {
    if (signal?.aborted) return reject(abortError());
    signal?.addEventListener('abort', () => {
      pending.delete(id);
      reject(abortError());
    });
    pending.set(id, { file, answer: resolve });
    running.postMessage({ id, name, file, bytes } satisfies WorkerRequest, [bytes]);
  });
  if (!reply.ok) throw new DatasetError(reply.error);
  return reply.result as ParsedDatasets[Name];
}
