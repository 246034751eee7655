import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { RouterProvider, useSearch } from '@tanstack/react-router';
import { useEffect, useReducer, type ReactNode } from 'react';
import { retryDelay, shouldRetry } from '../data/queries';
import { DEFAULT_LANGUAGE, parseFilters } from '../filters/filterSchema';
import { I18nProvider, isCatalogueLoaded, loadCatalogue } from '../i18n/I18nProvider';
import type { createAppRouter } from './router';

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        retry: shouldRetry,
        retryDelay,
        staleTime: 5 * 60_000,
        // A dataset once loaded is kept for the life of the page, used or not: if a later refresh
        // fails, the data shown before stays on screen (with a stale note) instead of an error.
        gcTime: Infinity,
        refetchOnWindowFocus: false,
        // Offline, every query still makes its first attempt: the service worker may answer it
        // from its cache. Only retries wait for the network to return.
        networkMode: 'offlineFirst',
      },
    },
  });
}

/**
 * Provides the language from the URL to everything below the router. A language whose messages
 * are still loading shows once they are in; until then the page stays in the default language,
 * the only one it can have been in.
 */
export function LanguageFromUrl({ children }: { children: ReactNode }) {
  const search = useSearch({ strict: false }) as Record<string, unknown>;
  const wanted = parseFilters(search).lang;
  const loaded = isCatalogueLoaded(wanted);
  const [, catalogueArrived] = useReducer((arrivals: number) => arrivals + 1, 0);
  useEffect(() => {
    if (!loaded)
      loadCatalogue(wanted).then(catalogueArrived, (error: unknown) => console.error(error));
  }, [wanted, loaded]);
  return <I18nProvider lang={loaded ? wanted : DEFAULT_LANGUAGE}>{children}</I18nProvider>;
}

export function App({
  router,
  queryClient,
}: {
  router: ReturnType<typeof createAppRouter>;
  queryClient: QueryClient;
}) {
  return (
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>
  );
}
