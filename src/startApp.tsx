import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App, createQueryClient } from './app/App';
import { registerServiceWorker } from './app/connectivity/serviceWorker';
import { createAppRouter } from './app/router';
import { whenQueriesSettleOrAfter } from './app/viewPanels';
import { whenIdle } from './app/whenIdle';
import { warmUpFormatters } from './i18n/format';
import { isCatalogueLoaded, loadCatalogue } from './i18n/I18nProvider';
import { parseFilters } from './filters/filterSchema';
import './app/app.css';

async function startMockScenario(): Promise<void> {
  const scenario = import.meta.env.VITE_MOCK_SCENARIO as string | undefined;
  if (!import.meta.env.DEV || !scenario) return;
  const { startMockWorker } = await import('../mocks/browser');
  await startMockWorker(scenario);
}

// What the first view does not need waits for its code and data: the service worker's first
// install (it downloads the whole app, about 1 MB, to keep it offline) and the English messages.
// On a slow network they would compete with the view's own downloads; they start once those are
// in, or after this long.
const AFTER_FIRST_VIEW_AT_LATEST_MS = 5_000;

function start(): void {
  const root = document.getElementById('root');
  if (!root) throw new Error('index.html has no #root element');
  const queryClient = createQueryClient();
  const router = createAppRouter({ queryClient });
  if (import.meta.env.PROD) {
    whenQueriesSettleOrAfter(queryClient, AFTER_FIRST_VIEW_AT_LATEST_MS, () => {
      registerServiceWorker().catch((error: unknown) =>
        console.warn('The app will not work offline: no service worker.', error),
      );
    });
  }
  // Matching the address runs the view's loader, which starts its datasets and its code, before
  // the first render rather than after it; the router then renders this load instead of another.
  router.load().catch((error: unknown) => console.error(error));
  const render = () =>
    createRoot(root).render(
      <StrictMode>
        <App router={router} queryClient={queryClient} />
      </StrictMode>,
    );
  // A page in another language than the default is drawn in it from the start (its messages were
  // requested by the entry, beside this code).
  const { lang } = parseFilters(Object.fromEntries(new URLSearchParams(window.location.search)));
  if (isCatalogueLoaded(lang)) render();
  else loadCatalogue(lang).then(render, render);
  // While the first view waits for its data, so that its first chart need not build them. (The
  // engine's locale data behind them comes in the dataset worker: see datasetWorker.ts.)
  whenIdle(warmUpFormatters);
  // English, so that switching to it is immediate; once the first view has drawn, not before.
  whenQueriesSettleOrAfter(queryClient, AFTER_FIRST_VIEW_AT_LATEST_MS, () => {
    loadCatalogue('en').catch(() => undefined);
  });
}

// A top-level await here would keep the bundler from merging the modules the views share, and a
// view would then fetch more small files.
startMockScenario().then(start, (error: unknown) => console.error(error));
