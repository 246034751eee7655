import {
  useLocation,
  useNavigate,
  useRouter,
  useSearch,
  type NavigateOptions,
} from '@tanstack/react-router';
import { useCallback, useMemo, useSyncExternalStore } from 'react';
import { pendingSearch, type PendingSearch } from './pendingSearch';

/** The whole view state of the page: what is on screen, which the address may not show yet. */
export function useCurrentSearch(): Record<string, unknown> {
  const routerSearch = useSearch({ strict: false }) as Record<string, unknown>;
  const pathname = useLocation({ select: (location) => location.pathname });
  const router = useRouter();
  const pending = useSyncExternalStore(pendingSearch.subscribe, pendingSearch.current);
  return pending?.owner === router && pending.pathname === pathname ? pending.search : routerSearch;
}

/**
 * A piece of view state kept in the URL: read with `parse` (which must fall back to defaults on
 * bad input) and written with `serialize` (which leaves defaults out as `undefined`). Every change
 * is a history entry, so Back undoes it, unless it asks to replace the current one (typing).
 *
 * A change shows on screen at once; the address follows once that frame is painted (see
 * pendingSearch.ts), so that writing history never delays the chart.
 */
export function useSearchState<State>(
  parse: (search: Record<string, unknown>) => State,
  serialize: (state: State) => Record<string, unknown>,
) {
  const search = useCurrentSearch();
  // The same state object while the values stay the same (the address catching up with the
  // screen, another view's parameter changing), so that nothing derived from it is redone.
  const key = JSON.stringify(serialize(parse(search)));
  const state = useMemo(() => parse(JSON.parse(key) as Record<string, unknown>), [parse, key]);
  const router = useRouter();
  const navigate = useNavigate();
  const setState = useCallback(
    (patch: Partial<State>, options: { replace?: boolean } = {}) => {
      const { pathname, search: latest } = router.state.location;
      const previous = pendingSearch.current();
      const base =
        previous?.owner === router && previous.pathname === pathname ? previous.search : latest;
      pendingSearch.set(
        {
          owner: router,
          pathname,
          search: { ...base, ...serialize({ ...parse(base), ...patch }) },
          // Changes painted together become one history entry, a new one if any of them asks.
          replace:
            (previous?.owner === router ? previous.replace : true) && (options.replace ?? false),
        },
        async (written: PendingSearch) => {
          // The reader left the page within the frame: the change was for a view now gone.
          if (router.state.location.pathname !== written.pathname) return;
          await navigate({
            to: written.pathname,
            replace: written.replace,
            // A filter or sort changes the view in place: the reader keeps their place.
            resetScroll: false,
            search: written.search,
          } as NavigateOptions);
        },
      );
    },
    [navigate, parse, serialize, router],
  );
  return [state, setState] as const;
}
