// Runs inside the service worker, not the page. Workbox copies these functions into sw.js as
// source text, so each may use only its arguments and the worker's globals: no imports, no
// module-level names. The dataset worker reads its stamp with `fetchedAtOf` (data/loadDataset.ts).

/** Workbox's per-request state, shared by one plugin's callbacks. */
interface PluginState {
  precached?: boolean;
}

/**
 * The Workbox plugin of the network-first dataset route. It stamps every copy it caches with the
 * time it came from the network (`X-Fetched-At`), falls back to the copy precached with the app
 * shell, and says in every answer when its data was fetched (`X-Data-Fetched-At`, milliseconds):
 * now for a network answer, the stamp (or, for the precached copy, its Date header) for a cached
 * one, and `unknown` when a copy's age is unknown. A header rather than a message to the page:
 * the datasets are fetched by the page's dataset worker.
 */
export const datasetResponsePlugin = {
  cacheWillUpdate: async ({ response }: { response: Response }): Promise<Response | null> => {
    if (!response.ok) return null;
    const headers = new Headers(response.headers);
    headers.set('X-Fetched-At', new Date().toUTCString());
    return new Response(response.body, {
      status: response.status,
      statusText: response.statusText,
      headers,
    });
  },
  // Neither the network nor the runtime cache answered. The precached copy is stored under the
  // same path plus a query (so that the precache route does not answer first), hence ignoreSearch.
  handlerDidError: async ({
    request,
    state,
  }: {
    request: Request;
    state?: PluginState;
  }): Promise<Response | undefined> => {
    const precached = await caches.match(request.url, { ignoreSearch: true });
    if (precached && state) state.precached = true;
    return precached;
  },
  handlerWillRespond: async ({
    response,
    state,
  }: {
    response: Response;
    state?: PluginState;
  }): Promise<Response> => {
    const stamp = state?.precached
      ? (response.headers.get('Date') ?? '')
      : response.headers.get('X-Fetched-At');
    const fetchedAt = stamp === null ? Date.now() : Date.parse(stamp) || null;
    const headers = new Headers(response.headers);
    headers.set('X-Data-Fetched-At', fetchedAt === null ? 'unknown' : String(fetchedAt));
    return new Response(response.body, {
      status: response.status,
      statusText: response.statusText,
      headers,
    });
  },
};
