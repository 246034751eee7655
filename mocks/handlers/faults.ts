import { http, HttpResponse, type JsonBodyType } from 'msw';

const MEGABYTE = 1024 * 1024;

const route = (file: string) => `*/data/${file}`;

/** Fault injection for one dataset endpoint: each returns an MSW handler to `server.use`. */
export const datasetFaults = {
  /** An HTTP error status, with the text a server would send. */
  status: (file: string, status: number) =>
    http.get(route(file), () => new HttpResponse(`Error ${status}`, { status })),

  /** A network login page (captive portal) answered with 200. */
  captivePortal: (file: string) =>
    http.get(route(file), () =>
      HttpResponse.html('<!doctype html><title>Log in to the Wi-Fi</title><form></form>'),
    ),

  /** Exactly these bytes, as JSON. */
  bytes: (file: string, bytes: Uint8Array) =>
    http.get(
      route(file),
      () =>
        new HttpResponse(bytes.slice().buffer, { headers: { 'Content-Type': 'application/json' } }),
    ),

  /** `megabytes` of JSON-looking bytes, streamed without (or with) a declared length. */
  huge: (file: string, megabytes: number, { declareLength = false } = {}) =>
    http.get(route(file), () => {
      const chunk = new TextEncoder().encode(`[${' '.repeat(MEGABYTE - 2)},`);
      let sent = 0;
      const body = new ReadableStream<Uint8Array>({
        pull(controller) {
          if (sent === megabytes) controller.close();
          else {
            sent += 1;
            controller.enqueue(chunk);
          }
        },
      });
      const headers: Record<string, string> = { 'Content-Type': 'application/json' };
      if (declareLength) headers['Content-Length'] = String(megabytes * MEGABYTE);
      return new HttpResponse(body, { headers });
    }),

  /** A request that is never answered. */
  neverAnswers: (file: string) => http.get(route(file), () => new Promise<never>(() => {})),

  /** The connection drops mid-body: headers and part of the file arrive, then an error. */
  dropsMidBody: (file: string) =>
    http.get(route(file), () => {
      const body = new ReadableStream<Uint8Array>({
        start(controller) {
          controller.enqueue(new TextEncoder().encode('{"dataset":'));
          controller.error(new TypeError('connection reset'));
        },
      });
      return new HttpResponse(body, { headers: { 'Content-Type': 'application/json' } });
    }),

  /** The first `failures` requests fail at the network level, the next ones get `body`. */
  dropsThenServes: (file: string, body: JsonBodyType, failures = 1) => {
    let failed = 0;
    return http.get(route(file), () => {
      if (failed < failures) {
        failed += 1;
        return HttpResponse.error();
      }
      return HttpResponse.json(body);
    });
  },
};
