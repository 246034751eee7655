import { parseProjectsSearch, serializeProjectsSearch } from '../features/projects/projectsSearch';
import {
  parseResultsSearch,
  serializeResultsSearch,
} from '../features/result-levels/resultsSearch';
import {
  parseSectorSelection,
  serializeSectorSelection,
} from '../features/sector-mix/sectorSearch';

type Search = Record<string, unknown>;

/**
 * Each view's own search, beside the shared filters, cleaned by the view's rules: bad values fall
 * back to defaults, and defaults and other keys are left out. The router validates a view's
 * address with it, a presentation step keeps it, and an embed keeps every view's.
 */
export const VIEW_SEARCH = {
  '/survey': (_search: Search) => ({}),
  '/sectors': (search: Search) => serializeSectorSelection(parseSectorSelection(search)),
  '/results': (search: Search) => serializeResultsSearch(parseResultsSearch(search)),
  '/projects': (search: Search) => serializeProjectsSearch(parseProjectsSearch(search)),
};
