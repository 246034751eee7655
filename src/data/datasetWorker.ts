// Parses and validates datasets off the main thread (see parseInWorker.ts for the protocol).
import { DatasetError } from './DatasetError';
import { parseDatasetBytes } from './datasetParsers';
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
  const bytes = new TextEncoder().encode(warmUpProjectsFile(WARM_UP_ROWS)).buffer;
  for (let round = 0; round < WARM_UP_ROUNDS; round += 1) {
    parseDatasetBytes('projects', 'warm-up.json', bytes);
  }
}

scope.addEventListener('message', (event: MessageEvent<WorkerRequest | WarmUpRequest>) => {
  if ('warmUp' in event.data) {
    // A warm-up that failed has only failed to save time; the worker stays as it was.
    try {
      warmUp();
    } catch {
      // Nothing to report.
    }
    return;
  }
  const { id, name, file, bytes } = event.data;
  let reply: WorkerReply;
  let transfer: ArrayBuffer[] = [];
  try {
    const result = parseDatasetBytes(name, file, bytes);
    reply = { id, ok: true, result };
    if (name === 'projects' && 'columns' in result) transfer = transferableBuffers(result.columns);
  } catch (error) {
    reply =
      error instanceof DatasetError
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
  scope.postMessage(reply, transfer);
});
