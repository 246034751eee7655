import { delay, http, HttpResponse } from 'msw';
import { afterEach, describe, expect, it, vi } from 'vitest';
import regionsFile from '../../public/data/regions.json';
import { FETCHED_AT_HEADER } from '../../src/data/loadDataset';
import type { WorkerReply, WorkerRequest } from '../../src/data/loadInWorker';
import { server } from '../../mocks/node';

const REGIONS_URL = 'http://localhost:3000/data/regions.json';

/** The worker's global, as the worker module sees it: what it answers is kept in `replies`. */
async function startWorkerModule() {
  const scope = new EventTarget();
  const replies: WorkerReply[] = [];
  vi.stubGlobal(
    'self',
    Object.assign(scope, { postMessage: (reply: WorkerReply) => replies.push(reply) }),
  );
  vi.resetModules();
  await import('../../src/data/datasetWorker');
  const send = (request: WorkerRequest) =>
    scope.dispatchEvent(new MessageEvent('message', { data: request }));
  return { send, replies };
}

const load = (id: number): WorkerRequest => ({
  id,
  load: { name: 'regions', file: 'regions.json', url: REGIONS_URL },
});

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('the dataset worker', () => {
  it('fetches and parses a file, and answers with the service worker’s stamp', async () => {
    server.use(
      http.get(REGIONS_URL, () =>
        HttpResponse.json(regionsFile, { headers: { [FETCHED_AT_HEADER]: '1764000000000' } }),
      ),
    );
    const { send, replies } = await startWorkerModule();
    send(load(1));
    await vi.waitFor(() => expect(replies).toHaveLength(1));
    expect(replies[0]).toMatchObject({ id: 1, ok: true, fetchedAt: 1764000000000 });
    expect(replies[0]!.ok && replies[0]!.result).toMatchObject({ dataset: 'regions' });
  });

  it('answers a failed request with an error that names the file and the status', async () => {
    server.use(http.get(REGIONS_URL, () => new HttpResponse('gone', { status: 404 })));
    const { send, replies } = await startWorkerModule();
    send(load(2));
    await vi.waitFor(() => expect(replies).toHaveLength(1));
    expect(replies[0]).toEqual({
      id: 2,
      ok: false,
      error: expect.objectContaining({
        file: 'regions.json',
        kind: 'http',
        status: 404,
        detail: 'the server answered 404 Not Found',
      }),
    });
  });

  it('stops a cancelled load and does not answer it, while it answers the others', async () => {
    let requests = 0;
    server.use(
      http.get(REGIONS_URL, async () => {
        requests += 1;
        await delay(requests === 1 ? 200 : 0);
        return HttpResponse.json(regionsFile);
      }),
    );
    const { send, replies } = await startWorkerModule();
    send(load(3));
    send({ id: 3, cancel: true });
    send(load(4));
    await vi.waitFor(() => expect(replies).toHaveLength(1));
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(replies.map((reply) => reply.id)).toEqual([4]);
    expect(replies[0]).toMatchObject({ ok: true, fetchedAt: undefined });
  });
});
