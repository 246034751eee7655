import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { RouterProvider, useSearch } from '@tanstack/react-router';
import { type ReactNode } from 'react';
import { retryDelay, shouldRetry } from '../data/queries';
import { parseFilters } from '../filters/filterSchema';
import { I18nProvider } from '../i18n/I18nProvider';
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

/** Provides the language from the URL to everything below the router. */
export function LanguageFromUrl({ children }: { children: ReactNode }) {
  const search = useSearch({ strict: false }) as Record<string, unknown>;
  return <I18nProvider lang={parseFilters(search).lang}>{children}</I18nProvider>;
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
