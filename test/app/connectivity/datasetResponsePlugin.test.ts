import { afterEach, describe, expect, it, vi } from 'vitest';
import { datasetResponsePlugin } from '../../../src/app/connectivity/datasetResponsePlugin';
import { isDatasetResponseReport } from '../../../src/app/connectivity/datasetResponses';

const URL = 'https://example.org/data/survey-2019.json';
const NOW = Date.parse('2026-11-24T10:15:00Z');

/** Stands in for the worker's `clients`: collects what the plugin posts to the page. */
function stubClients() {
  const posted: unknown[] = [];
  vi.stubGlobal('clients', {
    get: async (id: string) =>
      id === 'page-1' ? { postMessage: (message: unknown) => posted.push(message) } : undefined,
  });
  return posted;
}

async function respond(response: Response, state?: { precached?: boolean }) {
  return datasetResponsePlugin.handlerWillRespond({
    request: new Request(URL),
    response,
    event: { clientId: 'page-1' },
    state,
  });
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

  it('tells the page that a network answer was fetched now', async () => {
    vi.useFakeTimers({ now: NOW, toFake: ['Date'] });
    const posted = stubClients();
    const response = new Response('{}');
    expect(await respond(response)).toBe(response);
    expect(posted).toEqual([{ type: 'dataset-response', url: URL, fetchedAt: NOW }]);
    expect(isDatasetResponseReport(posted[0])).toBe(true);
  });

  it('tells the page when a cached copy was fetched', async () => {
    const posted = stubClients();
    await respond(
      new Response('{}', { headers: { 'X-Fetched-At': 'Tue, 24 Nov 2026 08:02:00 GMT' } }),
    );
    expect(posted).toEqual([
      { type: 'dataset-response', url: URL, fetchedAt: Date.parse('2026-11-24T08:02:00Z') },
    ]);
  });

  it('falls back to the precached copy, dated by its Date header', async () => {
    const posted = stubClients();
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
    await respond(precached, state);
    expect(posted).toEqual([
      { type: 'dataset-response', url: URL, fetchedAt: Date.parse('2026-11-23T16:00:00Z') },
    ]);
  });

  it('says so when a copy has no known age', async () => {
    const posted = stubClients();
    await respond(new Response('{}'), { precached: true });
    expect(posted).toEqual([{ type: 'dataset-response', url: URL, fetchedAt: null }]);
    expect(isDatasetResponseReport(posted[0])).toBe(true);
  });

  it('has no fallback when nothing was precached', async () => {
    vi.stubGlobal('caches', { match: async () => undefined });
    const fallback = await datasetResponsePlugin.handlerDidError({ request: new Request(URL) });
    expect(fallback).toBeUndefined();
  });
});
