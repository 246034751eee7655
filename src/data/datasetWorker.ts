// Parses and validates datasets off the main thread (see parseInWorker.ts for the protocol).
import { DatasetError } from './DatasetError';
import { parseDatasetBytes } from './datasetParsers';
import { transferableBuffers } from './projectColumns';
import type { WorkerReply, WorkerRequest } from './parseInWorker';

// The worker's own global, typed by hand: the "webworker" lib would retype the whole program.
interface DatasetWorkerScope {
  addEventListener(type: 'message', listener: (event: MessageEvent<WorkerRequest>) => void): void;
  postMessage(message: WorkerReply, transfer: Transferable[]): void;
}

const scope = self as unknown as DatasetWorkerScope;

scope.addEventListener('message', (event: MessageEvent<WorkerRequest>) => {
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
