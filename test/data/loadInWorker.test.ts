import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { WorkerReply, WorkerRequest } from '../../src/data/loadInWorker';

/** Stands in for the dataset worker: keeps what the page posts, answers when told to. */
class RecordingWorker extends EventTarget {
  static last: RecordingWorker | null = null;
  readonly posted: { message: WorkerRequest; transfer: Transferable[] }[] = [];

  constructor() {
    super();
    RecordingWorker.last = this;
  }

  terminated = false;

  postMessage(message: WorkerRequest, transfer: Transferable[] = []) {
    this.posted.push({ message, transfer });
  }

  terminate() {
    this.terminated = true;
  }

  answer(reply: WorkerReply) {
    this.dispatchEvent(new MessageEvent('message', { data: reply }));
  }
}

async function loadWithWorker() {
  vi.resetModules();
  vi.stubGlobal('Worker', RecordingWorker);
  return import('../../src/data/loadInWorker');
}

const kinds = (worker: RecordingWorker) =>
  worker.posted.map(({ message }) => Object.keys(message).find((key) => key !== 'id'));

describe('a dataset loaded in the worker', () => {
  beforeEach(() => {
    RecordingWorker.last = null;
  });
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it("asks for the file at the dataset's address, and resolves to the answer and its stamp", async () => {
    const { loadInWorker } = await loadWithWorker();
    const loaded = loadInWorker('regions', 'regions.json', { maxBytes: 2048 });
    const worker = RecordingWorker.last!;
    expect(worker.posted).toHaveLength(1);
    expect(worker.posted[0]!.message).toEqual({
      id: expect.any(Number),
      load: {
        name: 'regions',
        file: 'regions.json',
        url: 'http://localhost:3000/data/regions.json',
        maxBytes: 2048,
      },
    });
    const { id } = worker.posted[0]!.message;
    worker.answer({ id, ok: true, result: { regions: [] } as never, fetchedAt: 1000 });
    await expect(loaded).resolves.toEqual({ dataset: { regions: [] }, fetchedAt: 1000 });
  });

  it("turns the worker's error into the same DatasetError", async () => {
    const { loadInWorker } = await loadWithWorker();
    const loaded = loadInWorker('regions', 'regions.json');
    const worker = RecordingWorker.last!;
    const { id } = worker.posted[0]!.message;
    worker.answer({
      id,
      ok: false,
      error: { file: 'regions.json', kind: 'format', detail: 'not valid JSON' },
    });
    await expect(loaded).rejects.toMatchObject({
      name: 'DatasetError',
      file: 'regions.json',
      detail: 'not valid JSON',
    });
  });

  it('cancels the load when the request is aborted, rejects, and ignores a late answer', async () => {
    const { loadInWorker } = await loadWithWorker();
    const controller = new AbortController();
    const loaded = loadInWorker('projects', 'projects.json', { signal: controller.signal });
    const worker = RecordingWorker.last!;
    const { id } = worker.posted[0]!.message;
    controller.abort();
    controller.abort();
    expect(kinds(worker)).toEqual(['load', 'cancel']);
    await expect(loaded).rejects.toMatchObject({ name: 'AbortError' });
    worker.answer({ id, ok: true, result: {} as never, fetchedAt: undefined });
  });

  it('gives up after 15 s without the whole file, on the page’s clock: the worker is told to stop', async () => {
    vi.useFakeTimers();
    try {
      const { loadInWorker } = await loadWithWorker();
      const loaded = loadInWorker('survey', 'survey-2019.json');
      const failed = expect(loaded).rejects.toMatchObject({
        name: 'DatasetError',
        kind: 'timeout',
        file: 'survey-2019.json',
        detail: 'no answer within 15 s',
      });
      await vi.advanceTimersByTimeAsync(14_999);
      expect(kinds(RecordingWorker.last!)).toEqual(['load']);
      await vi.advanceTimersByTimeAsync(1);
      await failed;
      expect(kinds(RecordingWorker.last!)).toEqual(['load', 'cancel']);
    } finally {
      vi.useRealTimers();
    }
  });

  it('waits for a parse however long it takes, once the worker has the whole file', async () => {
    vi.useFakeTimers();
    try {
      const { loadInWorker } = await loadWithWorker();
      const loaded = loadInWorker('projects', 'projects.json');
      const worker = RecordingWorker.last!;
      const { id } = worker.posted[0]!.message;
      await vi.advanceTimersByTimeAsync(10_000);
      worker.answer({ id, received: true });
      await vi.advanceTimersByTimeAsync(20_000);
      worker.answer({ id, ok: true, result: {} as never, fetchedAt: undefined });
      await expect(loaded).resolves.toEqual({ dataset: {}, fetchedAt: undefined });
      await vi.advanceTimersByTimeAsync(20_000);
      expect(kinds(worker)).toEqual(['load']);
    } finally {
      vi.useRealTimers();
    }
  });

  it('asks for nothing when the request was aborted before it started', async () => {
    const { loadInWorker } = await loadWithWorker();
    const controller = new AbortController();
    controller.abort();
    await expect(
      loadInWorker('survey', 'survey-2019.json', { signal: controller.signal }),
    ).rejects.toMatchObject({ name: 'AbortError' });
    expect(RecordingWorker.last?.posted ?? []).toEqual([]);
  });

  it('fails every waiting load, naming its file, when the worker itself fails', async () => {
    const { loadInWorker } = await loadWithWorker();
    const regions = loadInWorker('regions', 'regions.json');
    const survey = loadInWorker('survey', 'survey-2019.json');
    RecordingWorker.last!.dispatchEvent(
      Object.assign(new Event('error'), { message: 'script failed to load' }),
    );
    expect(RecordingWorker.last!.terminated).toBe(true);
    await expect(regions).rejects.toMatchObject({ file: 'regions.json' });
    await expect(survey).rejects.toMatchObject({
      file: 'survey-2019.json',
      detail: 'the dataset worker failed (script failed to load)',
    });
  });
});
