import { filterProjects, type ProjectFilters } from '../../data/projectFilters';
import { projectName } from '../../data/projectName';
import type { FUNDS, PROGRAMME_AREAS } from '../../data/projectCodes';
import type { Project } from '../../data/projectsSchema';
import { findRegion } from '../../data/regionTree';
import type { Region } from '../../data/regionsSchema';
import { RESULT_LEVELS, type ResultLevel } from '../../data/resultLevels';
import { localeOf, type Language } from '../../i18n/format';

export const SORT_COLUMNS = [
  'caseNumber',
  'name',
  'owner',
  'region',
  'programmeArea',
  'fund',
  'startDate',
  'endDate',
  'resultLevels',
] as const;
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

/** Lower case without diacritics, so that "malmo" finds "MALMÖ". */
export function foldForSearch(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** Whether every word of the query occurs in the project's name (either language), owner or case number. */
export function matchesSearch(project: Project, query: string): boolean {
  const words = foldForSearch(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  const haystack = foldForSearch(
    [
      project.name.value,
      project.englishName?.value ?? '',
      project.owner.value,
      project.caseNumber?.value ?? '',
    ].join('\n'),
  );
  return words.every((word) => haystack.includes(word));
}

/** The projects that pass the search, programme area, fund, region, national and level filters. */
export function filterProjectTable(
  projects: readonly Project[],
  regions: readonly Region[],
  filters: ProjectTableFilters,
): Project[] {
  const own = projects.filter(
    (project) =>
      (filters.area === null || project.programmeArea?.value === filters.area) &&
      (filters.fund === null || project.fund.value === filters.fund) &&
      matchesSearch(project, filters.query),
  );
  return filterProjects(own, regions, filters);
}

export interface ProjectRow {
  id: string;
  caseNumber: string | null;
  name: string;
  owner: string;
  regionCode: string;
  regionName: string;
  programmeArea: ProgrammeArea | null;
  fund: Fund;
  startDate: string | null;
  endDate: string | null;
  resultLevels: ResultLevel[];
  /** A published record (its identity comes from a source) or an illustrative project. */
  provenance: 'published' | 'illustrative';
}

/** One table row per project, in the language's names. */
export function projectRows(
  projects: readonly Project[],
  regions: readonly Region[],
  lang: Language,
): ProjectRow[] {
  return projects.map((project) => ({
    id: project.id,
    caseNumber: project.caseNumber?.value ?? null,
    name: projectName(project, lang),
    owner: project.owner.value,
    regionCode: project.region.value,
    regionName: findRegion(regions, project.region.value)?.name[lang] ?? project.region.value,
    programmeArea: project.programmeArea?.value ?? null,
    fund: project.fund.value,
    startDate: project.startDate?.value ?? null,
    endDate: project.endDate?.value ?? null,
    resultLevels: project.resultLevels.value,
    provenance: project.name.provenance.kind === 'published' ? 'published' : 'illustrative',
  }));
}

/** Fewer levels first; among equal counts, the levels' fixed order (policy first). */
function resultLevelsKey(levels: readonly ResultLevel[]): string {
  const letters = levels
    .map((level) => String.fromCharCode(97 + RESULT_LEVELS.indexOf(level)))
    .sort();
  return `${levels.length}${letters.join('')}`;
}

function sortValue(row: ProjectRow, column: SortColumn): string | null {
  switch (column) {
    case 'region':
      return row.regionName;
    case 'resultLevels':
      return resultLevelsKey(row.resultLevels);
    default:
      return row[column];
  }
}

/**
 * Rows sorted by a column in the language's collation (numeric-aware: "EX-9" before "EX-10"),
 * missing values last in either direction, ties broken by case number and name.
 */
export function sortProjectRows(
  rows: readonly ProjectRow[],
  column: SortColumn,
  direction: SortDirection,
  lang: Language,
): ProjectRow[] {
  const collator = new Intl.Collator(localeOf(lang), { numeric: true, sensitivity: 'base' });
  const sign = direction === 'asc' ? 1 : -1;
  const tieBreak = (a: ProjectRow, b: ProjectRow) =>
    collator.compare(a.caseNumber ?? a.name, b.caseNumber ?? b.name) ||
    collator.compare(a.id, b.id);
  return [...rows].sort((a, b) => {
    const left = sortValue(a, column);
    const right = sortValue(b, column);
    if (left === null || right === null) {
      if (left !== right) return left === null ? 1 : -1;
      return tieBreak(a, b);
    }
    return sign * collator.compare(left, right) || tieBreak(a, b);
  });
}
