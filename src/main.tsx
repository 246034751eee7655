import { startComponentLoadsAt } from './app/routeModules';
import { showStartFailure } from './app/startFailure';
import { prepareParser } from './data/loadInWorker';

// Every view loads datasets. The worker that fetches and parses them starts first, while the app's
// code downloads: once the app runs, the page is too busy for the worker to start until it is
// drawn. With a development mock scenario it starts once the mock service worker runs (its first
// dataset request starts it): a worker started before that would fetch past the mocks.
if (!(import.meta.env.DEV && import.meta.env.VITE_MOCK_SCENARIO)) prepareParser();
import('./startApp').catch((error: unknown) => {
  console.error(error);
  showStartFailure();
});
startComponentLoadsAt(window.location.pathname);
// English messages are not in the app's own code: an English address fetches them beside it.
if (new URLSearchParams(window.location.search).get('lang') === 'en') {
  import('./i18n/en').catch(() => undefined);
}
