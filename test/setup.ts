import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { server } from '../mocks/node';
import { loadCatalogue } from '../src/i18n/I18nProvider';

// The app loads English when a page asks for it; tests build English text from the start.
await loadCatalogue('en');

// A whole view (router, lazily loaded panel, datasets through MSW) takes a few hundred ms to
// appear in jsdom, more on a loaded machine: 1 s, the default, is too tight to wait for it.
configure({ asyncUtilTimeout: 4000 });

// jsdom does not implement scrolling, which the router's scroll restoration calls.
window.scrollTo = () => undefined;

const unexpectedRequests: string[] = [];

beforeAll(() =>
  server.listen({
    onUnhandledFrame: ({ frame, defaults }) => {
      const { request } = frame.data as { request?: Request };
      unexpectedRequests.push(request ? `${request.method} ${request.url}` : frame.protocol);
      defaults.error();
    },
  }),
);

afterEach(() => {
  cleanup();
  server.resetHandlers();
  const requests = unexpectedRequests.splice(0);
  if (requests.length > 0) {
    throw new Error(`Requests that no mock handler expects: ${requests.join(', ')}`);
  }
});

afterAll(() => server.close());
