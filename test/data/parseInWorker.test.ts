import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { WorkerReply, WorkerRequest } from '../../src/data/parseInWorker';

/** Stands in for the dataset worker: keeps what the page posts, answers when told to. */
class RecordingWorker extends EventTarget {
  static last: RecordingWorker | null = null;
  readonly posted: { message: WorkerRequest; transfer: Transferable[] }[] = [];

  constructor() {
    super();
    RecordingWorker.last = this;
  }

  postMessage(message: WorkerRequest, transfer: Transferable[] = []) {
    this.posted.push({ message, transfer });
  }

  answer(reply: WorkerReply) {
    this.dispatchEvent(new MessageEvent('message', { data: reply }));
  }
}

async function loadWithWorker() {
  vi.resetModules();
  vi.stubGlobal('Worker', RecordingWorker);
  return import('../../src/data/parseInWorker');
}

const kinds = (worker: RecordingWorker) =>
  worker.posted.map(({ message }) => Object.keys(message).find((key) => key !== 'id'));

describe('a dataset parsed in the worker as it arrives', () => {
  beforeEach(() => {
    RecordingWorker.last = null;
  });
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('begins with the declared length, hands over each chunk, and ends with the answer', async () => {
    const { startParse } = await loadWithWorker();
    const parse = startParse('regions', 'regions.json');
    parse.expect(6);
    const first = Uint8Array.of(1, 2, 3);
    parse.add(first);
    // A chunk that views part of a larger buffer is copied, so the rest is not handed over.
    const shared = new Uint8Array(8);
    parse.add(shared.subarray(2, 5));
    const parsed = parse.parsed();
    const worker = RecordingWorker.last!;
    expect(kinds(worker)).toEqual(['begin', 'chunk', 'chunk', 'end']);
    expect(worker.posted[0]!.message).toMatchObject({
      begin: { name: 'regions', file: 'regions.json', expectedBytes: 6 },
    });
    expect(worker.posted[1]!.transfer).toHaveLength(1);
    expect(worker.posted[1]!.transfer[0]).toBe(first.buffer);
    const [copied] = worker.posted[2]!.transfer as ArrayBuffer[];
    expect(copied).not.toBe(shared.buffer);
    expect(copied!.byteLength).toBe(3);
    const { id } = worker.posted[0]!.message;
    worker.answer({ id, ok: true, result: { regions: [] } as never });
    await expect(parsed).resolves.toEqual({ regions: [] });
  });

  it("turns the worker's error into the same DatasetError", async () => {
    const { startParse } = await loadWithWorker();
    const parse = startParse('regions', 'regions.json');
    parse.add(Uint8Array.of(1));
    const parsed = parse.parsed();
    const worker = RecordingWorker.last!;
    const { id } = worker.posted[0]!.message;
    worker.answer({
      id,
      ok: false,
      error: { file: 'regions.json', kind: 'format', detail: 'not valid JSON' },
    });
    await expect(parsed).rejects.toMatchObject({
      name: 'DatasetError',
      file: 'regions.json',
      detail: 'not valid JSON',
    });
  });

  it('cancels the bytes so far when the request is aborted, and rejects', async () => {
    const { startParse } = await loadWithWorker();
    const controller = new AbortController();
    const parse = startParse('projects', 'projects.json', controller.signal);
    parse.add(Uint8Array.of(1, 2));
    controller.abort();
    const worker = RecordingWorker.last!;
    // The download then fails too and abandons the parse: the worker hears one cancel, not two.
    parse.abandon();
    expect(kinds(worker)).toEqual(['begin', 'chunk', 'cancel']);
    await expect(parse.parsed()).rejects.toMatchObject({ name: 'AbortError' });
  });

  it('posts nothing for a download that failed before its first chunk', async () => {
    const { startParse } = await loadWithWorker();
    const parse = startParse('survey', 'survey-2019.json');
    parse.abandon();
    expect(RecordingWorker.last!.posted).toEqual([]);
  });
});
