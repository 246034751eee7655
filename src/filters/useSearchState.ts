import { useNavigate, useSearch } from '@tanstack/react-router';
import { useCallback, useMemo } from 'react';

/**
 * A piece of view state kept in the URL: read with `parse` (which must fall back to defaults on
 * bad input) and written with `serialize` (which leaves defaults out as `undefined`). Every change
 * is a history entry, so Back undoes it, unless it asks to replace the current one (typing).
 */
export function useSearchState<State>(
  parse: (search: Record<string, unknown>) => State,
  serialize: (state: State) => Record<string, unknown>,
) {
  const search = useSearch({ strict: false }) as Record<string, unknown>;
  const state = useMemo(() => parse(search), [parse, search]);
  const navigate = useNavigate();
  const setState = useCallback(
    (patch: Partial<State>, options: { replace?: boolean } = {}) =>
      navigate({
        to: '.',
        replace: options.replace ?? false,
        // A filter or sort changes the view in place: the reader keeps their place on the page.
        resetScroll: false,
        search: (previous: Record<string, unknown>) => ({
          ...previous,
          ...serialize({ ...parse(previous), ...patch }),
        }),
      }),
    [navigate, parse, serialize],
  );
  return [state, setState] as const;
}
