import {
  createMemoryHistory,
  createRootRoute,
  createRoute,
  createRouter,
  Outlet,
  RouterProvider,
} from '@tanstack/react-router';
import { act, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useCurrentSearch } from '../../src/filters/useSearchState';

function routerCountingRenders() {
  const renders: Record<string, unknown>[] = [];
  function SearchReader() {
    renders.push(useCurrentSearch());
    return <Outlet />;
  }
  const root = createRootRoute({ component: SearchReader });
  const page = (path: string) =>
    createRoute({ getParentRoute: () => root, path, component: () => <p>{path}</p> });
  const router = createRouter({
    routeTree: root.addChildren([page('/a'), page('/b')]),
    history: createMemoryHistory({ initialEntries: ['/a?region=SE22'] }),
  });
  return { router, renders };
}

describe('useCurrentSearch', () => {
  it('does not re-render a reader when only the page changes, and does when the search does', async () => {
    const { router, renders } = routerCountingRenders();
    render(<RouterProvider router={router} />);
    await screen.findByText('/a');
    const settled = renders.length;
    expect(renders.at(-1)).toEqual({ region: 'SE22' });

    await act(() => router.history.push('/b?region=SE22'));
    await screen.findByText('/b');
    expect(renders.length).toBe(settled);

    await act(() => router.history.push('/b?region=SE11'));
    await screen.findByText('/b');
    expect(renders.length).toBeGreaterThan(settled);
    expect(renders.at(-1)).toEqual({ region: 'SE11' });
  });
});
