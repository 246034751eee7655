import { useNavigate, useSearch } from '@tanstack/react-router';
import { useCallback, useMemo } from 'react';
import { parseFilters, serializeFilters, type Filters } from './filterSchema';

/** The shared filters, read from the URL, and a setter that pushes a history entry (Back undoes it). */
export function useFilters() {
  const search = useSearch({ strict: false }) as Record<string, unknown>;
  const filters = useMemo(() => parseFilters(search), [search]);
  const navigate = useNavigate();
  const setFilters = useCallback(
    (patch: Partial<Filters>) =>
      navigate({
        to: '.',
        search: (previous: Record<string, unknown>) => ({
          ...previous,
          ...serializeFilters({ ...parseFilters(previous), ...patch }),
        }),
      }),
    [navigate],
  );
  return { filters, setFilters };
}
