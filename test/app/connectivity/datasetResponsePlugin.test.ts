import { afterEach, describe, expect, it, vi } from 'vitest';
import { datasetResponsePlugin } from '../../../src/app/connectivity/datasetResponsePlugin';
import { FETCHED_AT_HEADER, fetchedAtOf } from '../../../src/data/loadDataset';

const URL = 'https://example.org/data/survey-2019.json';
const NOW = Date.parse('2026-11-24T10:15:00Z');

/** The answer the dataset worker gets, and the time it reads from it. */
async function respond(response: Response, state?: { precached?: boolean }) {
  const answer = await datasetResponsePlugin.handlerWillRespond({ response, state });
  return { answer, fetchedAt: fetchedAtOf(answer) };
}

afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe('datasetResponsePlugin', () => {
  it('stamps the copy it caches with the time it came from the network', async () => {
    vi.useFakeTimers({ now: NOW, toFake: ['Date'] });
    const cached = await datasetResponsePlugin.cacheWillUpdate({
      response: new Response('{"a":1}', { headers: { 'Content-Type': 'application/json' } }),
    });
    expect(cached?.headers.get('X-Fetched-At')).toBe('Tue, 24 Nov 2026 10:15:00 GMT');
    expect(cached?.headers.get('Content-Type')).toBe('application/json');
    expect(await cached?.text()).toBe('{"a":1}');
  });

  it('caches no failed answer', async () => {
    const failed = new Response('Internal Server Error', { status: 500 });
    expect(await datasetResponsePlugin.cacheWillUpdate({ response: failed })).toBeNull();
  });

  it('says in its answer that a network answer was fetched now, and keeps the answer', async () => {
    vi.useFakeTimers({ now: NOW, toFake: ['Date'] });
    const { answer, fetchedAt } = await respond(
      new Response('{"a":1}', { status: 200, headers: { 'Content-Type': 'application/json' } }),
    );
    expect(fetchedAt).toBe(NOW);
    expect(answer.headers.get(FETCHED_AT_HEADER)).toBe(String(NOW));
    expect(answer.headers.get('Content-Type')).toBe('application/json');
    expect(answer.status).toBe(200);
    expect(await answer.text()).toBe('{"a":1}');
  });

  it('says when a cached copy was fetched', async () => {
    const { fetchedAt } = await respond(
      new Response('{}', { headers: { 'X-Fetched-At': 'Tue, 24 Nov 2026 08:02:00 GMT' } }),
    );
    expect(fetchedAt).toBe(Date.parse('2026-11-24T08:02:00Z'));
  });

  it('falls back to the precached copy, dated by its Date header', async () => {
    const precached = new Response('{}', { headers: { Date: 'Mon, 23 Nov 2026 16:00:00 GMT' } });
    const match = vi.fn(async () => precached);
    vi.stubGlobal('caches', { match });
    const state = {};
    const fallback = await datasetResponsePlugin.handlerDidError({
      request: new Request(URL),
      state,
    });
    expect(fallback).toBe(precached);
    expect(match).toHaveBeenCalledWith(URL, { ignoreSearch: true });
    expect((await respond(precached, state)).fetchedAt).toBe(Date.parse('2026-11-23T16:00:00Z'));
  });

  it('says so when a copy has no known age', async () => {
    const { answer, fetchedAt } = await respond(new Response('{}'), { precached: true });
    expect(answer.headers.get(FETCHED_AT_HEADER)).toBe('unknown');
    expect(fetchedAt).toBeNull();
  });

  it('leaves an answer without its stamp unreported', () => {
    expect(fetchedAtOf(new Response('{}'))).toBeUndefined();
  });

  it('has no fallback when nothing was precached', async () => {
    vi.stubGlobal('caches', { match: async () => undefined });
    const fallback = await datasetResponsePlugin.handlerDidError({ request: new Request(URL) });
    expect(fallback).toBeUndefined();
  });
});
