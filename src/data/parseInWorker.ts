import { DatasetError, type DatasetErrorKind } from './DatasetError';
import type { DatasetName, ParsedDatasets } from './datasetParsers';
// The URL of the worker as Vite bundles it: one module script, same origin.
import datasetWorkerUrl from './datasetWorker.ts?worker&url';
import { trustedDatasetWorkerUrl, type TrustedTypePolicyFactoryLike } from './datasetWorkerUrl';

/**
 * A file's parse, message by message: `begin`, then each chunk of its bytes as it arrives (handed
 * over rather than copied), then `end`, which the worker answers; or `cancel`, which it does not.
 */
export type WorkerRequest = { id: number } & (
  | { begin: { name: DatasetName; file: string; expectedBytes: number } }
  | { chunk: ArrayBuffer }
  | { end: true }
  | { cancel: true }
);

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

/** A dataset's parse, fed its bytes as they arrive. */
export interface DatasetParse<Name extends DatasetName> {
  /** The length the server declared, before the first chunk. */
  expect(bytes: number): void;
  /** The next chunk of the file; it is handed to the worker: do not use it after. */
  add(chunk: Uint8Array): void;
  /** The parsed dataset, once the last chunk is in; failures are DatasetErrors. */
  parsed(): Promise<ParsedDatasets[Name]>;
  /** Drops the bytes so far: the download failed or was aborted. */
  abandon(): void;
}

/** The chunk's own buffer, which can be handed over, or a copy when it views part of one. */
function ownBuffer(chunk: Uint8Array): ArrayBuffer {
  const whole = chunk.byteOffset === 0 && chunk.byteLength === chunk.buffer.byteLength;
  return (whole ? chunk : chunk.slice()).buffer as ArrayBuffer;
}

/**
 * Starts parsing a dataset in a Web Worker, which reads each chunk as it arrives, so that a large
 * file is mostly read by the time its last byte is in and a long parse never freezes the page;
 * where there is no Worker (unit tests in jsdom), on this thread. Failures are the same
 * DatasetError either way.
 */
export function startParse<Name extends DatasetName>(
  name: Name,
  file: string,
  signal?: AbortSignal,
): DatasetParse<Name> {
  let expectedBytes = 0;
  if (mainThreadParsers) {
    const chunks: Uint8Array[] = [];
    return {
      expect: (bytes) => (expectedBytes = bytes),
      add: (chunk) => chunks.push(chunk),
      parsed: async () => {
        const { ArrivingDataset } = await mainThreadParsers;
        const arriving = new ArrivingDataset(name, file, expectedBytes);
        for (const chunk of chunks) arriving.add(chunk);
        return arriving.parse();
      },
      abandon: () => (chunks.length = 0),
    };
  }
  const running = (worker ??= startWorker());
  const id = nextId++;
  let begun = false;
  const post = (request: WorkerRequest, transfer: Transferable[] = []) => {
    if (!begun) {
      begun = true;
      running.postMessage({ id, begin: { name, file, expectedBytes } } satisfies WorkerRequest);
    }
    running.postMessage(request, transfer);
  };
  // Drops the parse once: on abort, or when the download fails; an answered parse is left alone.
  let drop = () => {};
  const reply = new Promise<WorkerReply>((resolve, reject) => {
    drop = () => {
      if (!pending.delete(id)) return;
      signal?.removeEventListener('abort', drop);
      if (begun) running.postMessage({ id, cancel: true } satisfies WorkerRequest);
      reject(abortError());
    };
    const answer = (received: WorkerReply) => {
      signal?.removeEventListener('abort', drop);
      resolve(received);
    };
    pending.set(id, { file, answer });
    if (signal?.aborted) drop();
    else signal?.addEventListener('abort', drop);
  });
  // Awaited by parsed(); a parse abandoned or aborted before that is not an unhandled rejection.
  reply.catch(() => undefined);
  return {
    expect: (bytes) => (expectedBytes = bytes),
    add: (chunk) => {
      const buffer = ownBuffer(chunk);
      post({ id, chunk: buffer }, [buffer]);
    },
    parsed: async () => {
      post({ id, end: true });
      const answer = await reply;
      if (!answer.ok) throw new DatasetError(answer.error);
      return answer.result as ParsedDatasets[Name];
    },
    abandon: () => drop(),
  };
}
