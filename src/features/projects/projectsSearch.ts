import { FUNDS, PROGRAMME_AREAS } from '../../data/projectsSchema';
import { z } from '../../data/zod';
import {
  parseNationalProjects,
  serializeNationalProjects,
  type NationalProjectsOption,
} from '../../filters/nationalProjects';
import {
  SORT_COLUMNS,
  SORT_DIRECTIONS,
  type Fund,
  type ProgrammeArea,
  type SortColumn,
  type SortDirection,
} from './projectTable';

export const MAX_QUERY_LENGTH = 100;
export const DEFAULT_SORT: SortColumn = 'caseNumber';
export const DEFAULT_DIRECTION: SortDirection = 'asc';

/** The project explorer's own URL state: search, sort, programme area, fund and national option. */
export interface ProjectsSearch extends NationalProjectsOption {
  query: string;
  sort: SortColumn;
  direction: SortDirection;
  area: ProgrammeArea | null;
  fund: Fund | null;
}

// The router reads `?q=2022` as the number 2022: a search for digits is still a search.
const querySchema = z
  .union([z.string(), z.number().transform(String)])
  .transform((query) => query.slice(0, MAX_QUERY_LENGTH))
  .catch('');
const searchFieldsSchema = z.object({
  query: querySchema,
  sort: z.enum(SORT_COLUMNS).catch(DEFAULT_SORT),
  direction: z.enum(SORT_DIRECTIONS).catch(DEFAULT_DIRECTION),
  area: z.enum(PROGRAMME_AREAS).nullable().catch(null),
  fund: z.enum(FUNDS).nullable().catch(null),
});

export function parseProjectsSearch(search: Record<string, unknown>): ProjectsSearch {
  const pick = (key: string, fallback: unknown) =>
    Object.hasOwn(search, key) ? search[key] : fallback;
  return {
    ...searchFieldsSchema.parse({
      query: pick('q', ''),
      sort: pick('sort', DEFAULT_SORT),
      direction: pick('dir', DEFAULT_DIRECTION),
      area: pick('area', null),
      fund: pick('fund', null),
    }),
    ...parseNationalProjects(search),
  };
}

export function serializeProjectsSearch(state: ProjectsSearch): {
  q?: string;
  sort?: SortColumn;
  dir?: SortDirection;
  area?: ProgrammeArea;
  fund?: Fund;
  national?: 'every';
} {
  return {
    q: state.query === '' ? undefined : state.query,
    sort: state.sort === DEFAULT_SORT ? undefined : state.sort,
    dir: state.direction === DEFAULT_DIRECTION ? undefined : state.direction,
    area: state.area ?? undefined,
    fund: state.fund ?? undefined,
    ...serializeNationalProjects(state),
  };
}
