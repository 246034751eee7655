import { VIEW_SEARCH } from './viewSearch';

/** `lock=1` hides the filter controls of an embedded chart. */
export function isLocked(search: Record<string, unknown>): boolean {
  return search.lock === 1 || search.lock === '1' || search.lock === true;
}

/** An embed URL's search: each view's own state, cleaned by that view's rules, and `lock`. */
export function validateEmbedSearch(search: Record<string, unknown>): Record<string, unknown> {
  return {
    ...VIEW_SEARCH['/sectors'](search),
    ...VIEW_SEARCH['/results'](search),
    ...VIEW_SEARCH['/projects'](search),
    lock: isLocked(search) ? 1 : undefined,
  };
}

/** The full view's search for an embed's search: the same state without `lock`. */
export function dashboardSearch(search: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(search).filter(([key, value]) => key !== 'lock' && value !== undefined),
  );
}
