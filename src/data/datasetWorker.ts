// Fetches, parses and validates datasets off the main thread (see loadInWorker.ts for the protocol).
import { DatasetError } from './DatasetError';
import { ArrivingDataset, parseDatasetBytes, type DatasetName } from './datasetParsers';
import { transferableBuffers } from './projectColumns';
import { fetchInto } from './loadDataset';
import type { WarmUpRequest, WorkerReply, WorkerRequest } from './loadInWorker';
import { warmUpProjectsFile } from './parserWarmUp';

// The worker's own global, typed by hand: the "webworker" lib would retype the whole program.
interface DatasetWorkerScope {
  addEventListener(
    type: 'message',
    listener: (event: MessageEvent<WorkerRequest | WarmUpRequest>) => void,
  ): void;
  postMessage(message: WorkerReply, transfer: Transferable[]): void;
}

const scope = self as unknown as DatasetWorkerScope;

type LoadRequest = Extract<WorkerRequest, { load: unknown }>['load'];

const WARM_UP_ROWS = 5000;
const WARM_UP_ROUNDS = 3;

function warmUp(): void {
  const bytes = new TextEncoder().encode(warmUpProjectsFile(WARM_UP_ROWS));
  for (let round = 0; round < WARM_UP_ROUNDS; round += 1) {
    parseDatasetBytes('projects', 'warm-up.json', bytes);
  }
}

/** Not a DatasetError (no room for the declared length, say): the file fails as a format error. */
function asDatasetError(file: string, error: unknown): DatasetError {
  return error instanceof DatasetError
    ? error
    : new DatasetError({ file, kind: 'format', detail: String(error) });
}

function failure(id: number, file: string, error: unknown): WorkerReply {
  const failed = asDatasetError(file, error);
  const { kind, detail, location, status } = failed;
  return { id, ok: false, error: { file: failed.file, kind, detail, location, status } };
}

function answer(
  id: number,
  file: string,
  dataset: ArrivingDataset<DatasetName>,
  fetchedAt: number | null | undefined,
): void {
  try {
    const result = dataset.parse();
    const transfer =
      dataset.name === 'projects' && 'columns' in result ? transferableBuffers(result.columns) : [];
    scope.postMessage({ id, ok: true, result, fetchedAt }, transfer);
  } catch (error) {
    scope.postMessage(failure(id, file, error), []);
  }
}

/** The loads under way, to cancel; a cancelled load is not answered. */
const loading = new Map<number, AbortController>();

/** Runs `task` in a task of its own at once: nested timeouts wait 4 ms each. */
const inNextTask = (() => {
  const channel = new MessageChannel();
  const tasks: (() => void)[] = [];
  channel.port1.onmessage = () => tasks.shift()?.();
  return (task: () => void) => {
    tasks.push(task);
    channel.port2.postMessage(null);
  };
})();

// A large file's chunks are read while it downloads (ArrivingDataset.add). Reading them as they
// come would hold the download back: the network waits while this thread reads. Read them in
// slices (whole chunks, until at least this many bytes), with the download's next chunks taken
// between them.
const SLICE_BYTES = 1024 * 1024;

/**
 * The file's parse, fed its chunks in slices of their own tasks, until `signal` aborts. Fails
 * once, with the first failure of its chunks.
 */
function slicedParse(name: DatasetName, file: string, signal: AbortSignal) {
  let dataset: ArrivingDataset<DatasetName> | null = null;
  const queued: Uint8Array[] = [];
  let feeding = false;
  let firstFailure: DatasetError | null = null;
  const arriving = () => (dataset ??= new ArrivingDataset(name, file, 0));
  const feed = (maxBytes: number) => {
    let fed = 0;
    try {
      while (queued.length > 0 && fed < maxBytes && !firstFailure) {
        const chunk = queued.shift()!;
        arriving().add(chunk);
        fed += chunk.byteLength;
      }
    } catch (error) {
      firstFailure = asDatasetError(file, error);
      queued.length = 0;
    }
  };
  const feedSlice = () => {
    if (signal.aborted) queued.length = 0;
    feed(SLICE_BYTES);
    if (queued.length > 0) inNextTask(feedSlice);
    else feeding = false;
  };
  return {
    expect: (bytes: number) => {
      try {
        dataset = new ArrivingDataset(name, file, bytes);
      } catch (error) {
        throw asDatasetError(file, error);
      }
    },
    add: (chunk: Uint8Array) => {
      if (firstFailure) throw firstFailure;
      queued.push(chunk);
      if (!feeding) {
        feeding = true;
        inNextTask(feedSlice);
      }
    },
    /** The file once its last chunk is in: what is left is read now. */
    complete: (): ArrivingDataset<DatasetName> => {
      feed(Infinity);
      if (firstFailure) throw firstFailure;
      return arriving();
    },
  };
}

function load(id: number, { name, file, url, maxBytes }: LoadRequest): void {
  const controller = new AbortController();
  loading.set(id, controller);
  const parse = slicedParse(name, file, controller.signal);
  fetchInto(file, parse, { signal: controller.signal, maxBytes, url, timeoutMs: null }).then(
    (fetchedAt) => {
      if (!loading.delete(id)) return;
      scope.postMessage({ id, received: true }, []);
      try {
        answer(id, file, parse.complete(), fetchedAt);
      } catch (error) {
        scope.postMessage(failure(id, file, error), []);
      }
    },
    (error: unknown) => {
      // A chunk that failed stops the download too.
      controller.abort();
      if (loading.delete(id)) scope.postMessage(failure(id, file, error), []);
    },
  );
}

scope.addEventListener('message', (event: MessageEvent<WorkerRequest | WarmUpRequest>) => {
  const request = event.data;
  if ('warmUp' in request) {
    // A warm-up that failed has only failed to save time; the worker stays as it was.
    try {
      warmUp();
    } catch {
      // Nothing to report.
    }
    return;
  }
  if ('load' in request) {
    load(request.id, request.load);
    return;
  }
  loading.get(request.id)?.abort();
  loading.delete(request.id);
});

// The engine loads its number formatting's locale data once for the whole page, in whichever
// thread first formats a number. Here, while this worker waits for its first file, it is not the
// page's own thread ahead of its first chart: there it took 20–45 ms, after this 0.2 ms
// (Chromium). Any locale will do: a second one costs a fraction of a millisecond.
setTimeout(() => new Intl.NumberFormat().format(0), 0);
