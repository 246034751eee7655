import { parseFilters, serializeFilters } from './filterSchema';
import { useSearchState } from './useSearchState';

/** The shared filters, read from the URL, and a setter that pushes a history entry (Back undoes it). */
export function useFilters() {
  const [filters, setFilters] = useSearchState(parseFilters, serializeFilters);
  return { filters, setFilters };
}
