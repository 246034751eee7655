import {
  useLocation,
  useNavigate,
  useRouter,
  useSearch,
  type NavigateOptions,
} from '@tanstack/react-router';
import { useCallback, useMemo, useSyncExternalStore } from 'react';
import { madeOn, pendingSearch, type PendingSearch } from './pendingSearch';

/** The whole view state of the page: what is on screen, which the address may not show yet. */
export function useCurrentSearch(): Record<string, unknown> {
  const routerSearch = useSearch({ strict: false }) as Record<string, unknown>;
  const router = useRouter();
  const pending = useSyncExternalStore(pendingSearch.subscribe, pendingSearch.current);
  // Selects the pending change rather than the address, so that a move to another page does not
  // re-render the view it leaves (before the next view's datasets are requested).
  const pendingHere = useLocation({
    select: (location) => pendingFor(pending, router, location.href)?.search ?? null,
  });
  return pendingHere ?? routerSearch;
}

/** The pending change if it was made by this router on the address it is at now. */
function pendingFor(pending: PendingSearch | null, router: object, href: string) {
  return pending?.owner === router && madeOn(pending, href) ? pending : null;
}

/**
 * A piece of view state kept in the URL: read with `parse` (which must fall back to defaults on
 * bad input) and written with `serialize` (which leaves defaults out as `undefined`). Every change
 * is a history entry, so Back undoes it, unless it asks to replace the current one (typing).
 *
 * A change shows on screen at once; the address follows once the view is still (see
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
      const { href, pathname, search: latest } = router.state.location;
      const previous = pendingFor(pendingSearch.current(), router, href);
      const base = previous?.search ?? latest;
      pendingSearch.set(
        {
          owner: router,
          baseHref: href,
          pathname,
          search: { ...base, ...serialize({ ...parse(base), ...patch }) },
          // Changes written together become one history entry, a new one if any of them asks.
          replace: (previous?.replace ?? true) && (options.replace ?? false),
        },
        (written: PendingSearch) => {
          // The reader went elsewhere first (Back, a link, a presentation step): the change was
          // for a view now gone.
          if (router.state.location.href !== written.baseHref) return null;
          const destination = {
            to: written.pathname,
            replace: written.replace,
            // A filter or sort changes the view in place: the reader keeps their place.
            resetScroll: false,
            search: written.search,
          } as NavigateOptions;
          return { href: router.buildLocation(destination).href, done: navigate(destination) };
        },
      );
    },
    [navigate, parse, serialize, router],
  );
  return [state, setState] as const;
}
