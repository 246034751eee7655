import { delay, http, HttpResponse } from 'msw';
import { afterEach, describe, expect, it, vi } from 'vitest';
import regionsFile from '../../public/data/regions.json';
import { FETCHED_AT_HEADER } from '../../src/data/loadDataset';
import type { WorkerReply, WorkerRequest } from '../../src/data/loadInWorker';

type WorkerAnswer = Exclude<WorkerReply, { received: true }>;
import { server } from '../../mocks/node';

const REGIONS_URL = 'http://localhost:3000/data/regions.json';

/** The worker's global, as the worker module sees it: what it posts is kept in `messages`. */
async function startWorkerModule() {
  const scope = new EventTarget();
  const messages: WorkerReply[] = [];
  vi.stubGlobal(
    'self',
    Object.assign(scope, { postMessage: (message: WorkerReply) => messages.push(message) }),
  );
  vi.resetModules();
  await import('../../src/data/datasetWorker');
  const send = (request: WorkerRequest) =>
    scope.dispatchEvent(new MessageEvent('message', { data: request }));
  // The answers, without the notes that a file's body is in.
  const replies = () =>
    messages.filter((message): message is WorkerAnswer => !('received' in message));
  return { send, messages, replies };
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
    const { send, messages, replies } = await startWorkerModule();
    send(load(1));
    await vi.waitFor(() => expect(replies()).toHaveLength(1));
    // First that the body is in (the page's time-out ends there), then the answer.
    expect(messages[0]).toEqual({ id: 1, received: true });
    const [answer] = replies();
    expect(answer).toMatchObject({ id: 1, ok: true, fetchedAt: 1764000000000 });
    expect(answer!.ok && answer!.result).toMatchObject({ dataset: 'regions' });
  });

  it('answers a failed request with an error that names the file and the status', async () => {
    server.use(http.get(REGIONS_URL, () => new HttpResponse('gone', { status: 404 })));
    const { send, replies } = await startWorkerModule();
    send(load(2));
    await vi.waitFor(() => expect(replies()).toHaveLength(1));
    expect(replies()[0]).toEqual({
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

  it('stops a cancelled load, its download too, and does not answer it, while it answers another', async () => {
    const slowUrl = `${REGIONS_URL}?slow`;
    let slowRequestAborted: boolean | null = null;
    server.use(
      http.get(REGIONS_URL, async ({ request }) => {
        if (request.url !== slowUrl) return HttpResponse.json(regionsFile);
        await delay(200);
        slowRequestAborted = request.signal.aborted;
        return HttpResponse.json(regionsFile);
      }),
    );
    const { send, messages, replies } = await startWorkerModule();
    send({ id: 3, load: { name: 'regions', file: 'regions.json', url: slowUrl } });
    await new Promise((resolve) => setTimeout(resolve, 50));
    send({ id: 3, cancel: true });
    send(load(4));
    await vi.waitFor(() => expect(slowRequestAborted).not.toBeNull());
    expect(slowRequestAborted).toBe(true);
    await vi.waitFor(() => expect(replies()).toHaveLength(1));
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(messages.map((message) => message.id)).toEqual([4, 4]);
    expect(replies()[0]).toMatchObject({ ok: true, fetchedAt: undefined });
  });

  it('reads a file of several slices, and answers its failure naming the file', async () => {
    // Three slices of text that is not JSON: the failure comes once the whole file is read.
    const body = `{"dataset":"regions","junk":"${'x'.repeat(3 * 1024 * 1024)}`;
    server.use(http.get(REGIONS_URL, () => new HttpResponse(body)));
    const { send, replies } = await startWorkerModule();
    send(load(5));
    await vi.waitFor(() => expect(replies()).toHaveLength(1), { timeout: 5000 });
    expect(replies()[0]).toMatchObject({
      id: 5,
      ok: false,
      error: { file: 'regions.json', kind: 'format' },
    });
  });
});
