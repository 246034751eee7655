import { FUNDS, PROGRAMME_AREAS } from '../../data/projectCodes';
import type { ProjectFilters } from '../../data/projectFilters';
import { oneOf } from '../../data/urlValues';
import {
  parseNationalProjects,
  serializeNationalProjects,
  type NationalProjectsOption,
} from '../../filters/nationalProjects';

/** The list's columns from the record itself, before its period and its result levels. */
export const RECORD_COLUMNS = [
  'caseNumber',
  'name',
  'owner',
  'region',
  'programmeArea',
  'fund',
] as const;

export const SORT_COLUMNS = [...RECORD_COLUMNS, 'startDate', 'endDate', 'resultLevels'] as const;
export type SortColumn = (typeof SORT_COLUMNS)[number];
export type Fund = (typeof FUNDS)[number];
export type ProgrammeArea = (typeof PROGRAMME_AREAS)[number];
export const SORT_DIRECTIONS = ['asc', 'desc'] as const;
export type SortDirection = (typeof SORT_DIRECTIONS)[number];

/** Everything that narrows the project list: the shared filters, the view's own and the search. */
export interface ProjectTableFilters extends ProjectFilters {
  query: string;
  area: ProgrammeArea | null;
  fund: Fund | null;
}

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
function parseQuery(query: unknown): string {
  if (typeof query === 'number' && Number.isFinite(query)) query = String(query);
  return typeof query === 'string' ? query.slice(0, MAX_QUERY_LENGTH) : '';
}

export function parseProjectsSearch(search: Record<string, unknown>): ProjectsSearch {
  const pick = (key: string) => (Object.hasOwn(search, key) ? search[key] : null);
  return {
    query: parseQuery(pick('q')),
    sort: oneOf(SORT_COLUMNS, pick('sort')) ?? DEFAULT_SORT,
    direction: oneOf(SORT_DIRECTIONS, pick('dir')) ?? DEFAULT_DIRECTION,
    area: oneOf(PROGRAMME_AREAS, pick('area')),
    fund: oneOf(FUNDS, pick('fund')),
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
