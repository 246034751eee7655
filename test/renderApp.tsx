import { createMemoryHistory } from '@tanstack/react-router';
import { render } from '@testing-library/react';
import { App, createQueryClient } from '../src/app/App';
import { createAppRouter } from '../src/app/router';

/** Renders the whole app at `url` in memory, with retries off so failures show at once. */
export function renderApp(url: string) {
  const history = createMemoryHistory({ initialEntries: [url] });
  const queryClient = createQueryClient();
  queryClient.setDefaultOptions({
    queries: { ...queryClient.getDefaultOptions().queries, retry: false },
  });
  const router = createAppRouter({ basepath: '/', history, queryClient });
  const view = render(<App router={router} queryClient={queryClient} />);
  return { ...view, router, history, queryClient };
}
