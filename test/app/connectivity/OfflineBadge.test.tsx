import { QueryClient, QueryClientProvider, useQuery } from '@tanstack/react-query';
import {
  createMemoryHistory,
  createRootRoute,
  createRoute,
  createRouter,
  Outlet,
  RouterProvider,
} from '@tanstack/react-router';
import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { datasetUrl } from '../../../src/data/loadDataset';
import type { Language } from '../../../src/i18n/format';

const at = (time: string) => Date.parse(`2026-11-24T${time}+01:00`);
const SURVEY_KEY = ['dataset', 'survey-2019.json'];

/** A view that shows the survey dataset, as a panel would. */
function SurveyView() {
  useQuery({ queryKey: SURVEY_KEY, queryFn: () => ({}), staleTime: Infinity });
  return null;
}

// Fresh modules per test: the service worker's update state lives in a module.
async function renderBadge({ url = '/', lang = 'sv' }: { url?: string; lang?: Language } = {}) {
  const { OfflineBadge } = await import('../../../src/app/connectivity/OfflineBadge');
  const { I18nProvider, loadCatalogue } = await import('../../../src/i18n/I18nProvider');
  await loadCatalogue(lang);
  const rootRoute = createRootRoute({
    component: () => (
      <I18nProvider lang={lang}>
        <Outlet />
        <OfflineBadge />
      </I18nProvider>
    ),
  });
  const routeTree = rootRoute.addChildren([
    createRoute({ getParentRoute: () => rootRoute, path: '/', component: SurveyView }),
    createRoute({ getParentRoute: () => rootRoute, path: '/present', component: SurveyView }),
  ]);
  const router = createRouter({
    routeTree,
    history: createMemoryHistory({ initialEntries: [url] }),
  });
  const queryClient = new QueryClient();
  queryClient.setQueryData(SURVEY_KEY, {}, { updatedAt: at('10:15') });
  render(
    <QueryClientProvider client={queryClient}>
      {/* A router of the test's own, not the app's registered one. */}
      <RouterProvider router={router as never} />
    </QueryClientProvider>,
  );
  await act(() => router.load());
  return { queryClient };
}

function goOffline() {
  vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
  act(() => {
    window.dispatchEvent(new Event('offline'));
  });
}

function goOnline() {
  vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(true);
  act(() => {
    window.dispatchEvent(new Event('online'));
  });
}

/** A stand-in for navigator.serviceWorker with a registration whose new version waits. */
function fakeServiceWorker({ controlled }: { controlled: boolean }) {
  const waiting = { postMessage: vi.fn(), state: 'installed' };
  const registration = Object.assign(new EventTarget(), { waiting, installing: null });
  const container = Object.assign(new EventTarget(), {
    controller: controlled ? {} : null,
    register: vi.fn(async () => registration),
  });
  Object.defineProperty(navigator, 'serviceWorker', { value: container, configurable: true });
  return { container, waiting };
}

beforeEach(() => {
  vi.useFakeTimers({ now: at('11:00'), toFake: ['Date'] });
});

afterEach(() => {
  vi.useRealTimers();
  Reflect.deleteProperty(navigator, 'serviceWorker');
  vi.resetModules();
});

describe('OfflineBadge', () => {
  it('shows nothing while online', async () => {
    await renderBadge();
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
  });

  it('says offline, with the time the data on screen was fetched, until the network is back', async () => {
    await renderBadge();
    goOffline();
    expect(screen.getByRole('status')).toHaveTextContent(/^offline · data från 10:15/);
    expect(screen.getByText(/kan inte uppdateras förrän nätverket är tillbaka/)).toHaveClass(
      'visually-hidden',
    );
    goOnline();
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
  });

  it("takes the service worker's word when it answered from a copy fetched earlier", async () => {
    const { recordDatasetResponse } = await import('../../../src/data/datasetResponses');
    await renderBadge({ lang: 'en' });
    goOffline();
    act(() => recordDatasetResponse(datasetUrl('survey-2019.json'), at('09:02')));
    expect(screen.getByRole('status')).toHaveTextContent(/^offline · data from 09:02/);
    act(() => recordDatasetResponse(datasetUrl('survey-2019.json'), null));
    expect(screen.getByRole('status')).toHaveTextContent(/^offline · saved data/);
  });

  it('offers a waiting new version, and loads it only when asked', async () => {
    const { container, waiting } = fakeServiceWorker({ controlled: true });
    const { registerServiceWorker } = await import('../../../src/app/connectivity/serviceWorker');
    await registerServiceWorker();
    expect(container.register).toHaveBeenCalledWith(`${window.location.origin}/sw.js`, {
      scope: '/',
      updateViaCache: 'none',
    });
    await renderBadge();
    expect(screen.getByRole('status')).toHaveTextContent('En ny version finns.');
    expect(waiting.postMessage).not.toHaveBeenCalled();
    await userEvent.click(screen.getByRole('button', { name: 'Ladda om' }));
    expect(waiting.postMessage).toHaveBeenCalledWith({ type: 'SKIP_WAITING' });
  });

  it('offers no new version during a presentation', async () => {
    fakeServiceWorker({ controlled: true });
    const { registerServiceWorker } = await import('../../../src/app/connectivity/serviceWorker');
    await registerServiceWorker();
    await renderBadge({ url: '/present' });
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
    goOffline();
    expect(screen.getByRole('status')).toHaveTextContent(/^offline · data från 10:15/);
    expect(screen.getByRole('status')).not.toHaveTextContent('En ny version finns.');
  });

  it('takes a first install for no update', async () => {
    fakeServiceWorker({ controlled: false });
    const { registerServiceWorker } = await import('../../../src/app/connectivity/serviceWorker');
    await registerServiceWorker();
    await renderBadge();
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
  });
});
