// Parses and validates datasets off the main thread (see parseInWorker.ts for the protocol).
import { DatasetError } from './DatasetError';
import { ArrivingDataset, parseDatasetBytes, type DatasetName } from './datasetParsers';
import { transferableBuffers } from './projectColumns';
import type { WarmUpRequest, WorkerReply, WorkerRequest } from './parseInWorker';
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

const WARM_UP_ROWS = 5000;
const WARM_UP_ROUNDS = 3;

function warmUp(): void {
  const bytes = new TextEncoder().encode(warmUpProjectsFile(WARM_UP_ROWS));
  for (let round = 0; round < WARM_UP_ROUNDS; round += 1) {
    parseDatasetBytes('projects', 'warm-up.json', bytes);
  }
}

function failure(id: number, file: string, error: unknown): WorkerReply {
  return error instanceof DatasetError
    ? {
        id,
        ok: false,
        error: {
          file: error.file,
          kind: error.kind,
          detail: error.detail,
          location: error.location,
          status: error.status,
        },
      }
    : { id, ok: false, error: { file, kind: 'format', detail: String(error) } };
}

function answer(id: number, file: string, dataset: ArrivingDataset<DatasetName>): void {
  try {
    const result = dataset.parse();
    const transfer =
      dataset.name === 'projects' && 'columns' in result ? transferableBuffers(result.columns) : [];
    scope.postMessage({ id, ok: true, result }, transfer);
  } catch (error) {
    scope.postMessage(failure(id, file, error), []);
  }
}

const arriving = new Map<number, { file: string; dataset: ArrivingDataset<DatasetName> }>();

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
  const { id } = request;
  if ('begin' in request) {
    const { name, file, expectedBytes } = request.begin;
    try {
      arriving.set(id, { file, dataset: new ArrivingDataset(name, file, expectedBytes) });
    } catch (error) {
      // No room for the declared length: this file fails, and the worker goes on for others.
      scope.postMessage(failure(id, file, error), []);
    }
    return;
  }
  const file = arriving.get(id);
  if (!file) return;
  if ('chunk' in request) {
    try {
      file.dataset.add(new Uint8Array(request.chunk));
    } catch (error) {
      arriving.delete(id);
      scope.postMessage(failure(id, file.file, error), []);
    }
    return;
  }
  arriving.delete(id);
  if ('end' in request) answer(id, file.file, file.dataset);
});
