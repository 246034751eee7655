import {
  columnsOf,
  countProjects,
  matchingRows,
  projectsAt,
  type ColumnCounts,
  type ColumnFilter,
} from '../../data/projectColumns';
import { ESF_NATIONAL_CODE, regionCodesFor } from '../../data/projectFilters';
import { projectName } from '../../data/projectName';
import type { Project, ProjectsDataset } from '../../data/projectsSchema';
import type { Source } from '../../data/provenanceSchema';
import { ancestorOfKind, findRegion } from '../../data/regionTree';
import type { Region, RegionCode } from '../../data/regionsSchema';
import { RESULT_LEVELS, type ResultLevel } from '../../data/resultLevels';
import { localeOf, type Language } from '../../i18n/format';
import type { LevelMode } from './resultsSearch';

export interface ResultSelection {
  region: RegionCode | null;
  level: ResultLevel | null;
  levelMode: LevelMode;
  nationalEverywhere: boolean;
}

export interface ResultTally {
  /** How many projects the chosen region has, whatever their levels: what counts are out of. */
  inRegion: number;
  /** Of those, how many report results at each level, in RESULT_LEVELS order. */
  perLevel: Int32Array;
  /** Which projects the matrix lists: all of the region's, or only the level's when narrowing. */
  shownFilter: ColumnFilter;
  /** Counts of the listed projects, per region code and level. */
  shown: ColumnCounts;
}

/**
 * Counts the projects of the chosen region (an unknown region code counts as no region, as the
 * filter bar says) in one pass over the columns, narrowed to the level only in "narrow" mode.
 */
export function tallyResults(
  dataset: ProjectsDataset,
  regions: readonly Region[],
  selection: ResultSelection,
): ResultTally {
  const columns = columnsOf(dataset);
  const region =
    selection.region !== null && findRegion(regions, selection.region) ? selection.region : null;
  const regionCodes = regionCodesFor(regions, {
    region,
    nationalEverywhere: selection.nationalEverywhere,
  });
  const all = countProjects(columns, { regionCodes, level: null });
  const level = selection.levelMode === 'narrow' ? selection.level : null;
  const shownFilter = { regionCodes, level };
  return {
    inRegion: all.total,
    perLevel: all.perLevel,
    shownFilter,
    shown: level === null ? all : countProjects(columns, shownFilter),
  };
}

/** The projects the matrix lists, as records: build this only for as many as it draws. */
export function shownProjects(dataset: ProjectsDataset, tally: ResultTally): Project[] {
  return projectsAt(dataset, matchingRows(columnsOf(dataset), tally.shownFilter));
}

export interface LevelCount {
  level: ResultLevel;
  label: string;
  definition: string;
  /** Where the definition is published, when it is. */
  definitionSource: Source | null;
  count: number;
}

/** The levels in their fixed order, with labels, definitions and counts (`perLevel` in that order). */
export function levelCounts(
  dataset: ProjectsDataset,
  perLevel: ArrayLike<number>,
  lang: Language,
): LevelCount[] {
  return RESULT_LEVELS.map((level, index) => {
    const info = dataset.resultLevels.find((candidate) => candidate.id === level);
    const provenance = info?.provenance;
    return {
      level,
      label: info?.label[lang] ?? level,
      definition: info?.definition[lang] ?? '',
      definitionSource:
        provenance?.kind === 'published'
          ? (dataset.sources.find((source) => source.id === provenance.source) ?? null)
          : null,
      count: perLevel[index] ?? 0,
    };
  });
}

/** The level(s) with the most projects (several when tied), or none when no project has any. */
export function mostCommonLevels(counts: readonly LevelCount[]): {
  levels: LevelCount[];
  count: number;
} {
  const count = Math.max(0, ...counts.map((entry) => entry.count));
  return { levels: count > 0 ? counts.filter((entry) => entry.count === count) : [], count };
}

export interface ResultMatrixRow {
  id: string;
  name: string;
  caseNumber: string | null;
  /** The county, for a project placed in a county rather than in a whole ESF region. */
  place: string | null;
  levels: ResultLevel[];
  /** A record from a source whose result levels are made up: its real name must not vouch for them. */
  madeUpLevelsOfRealRecord: boolean;
}

export interface ResultMatrixGroup {
  id: string;
  title: string;
  rows: ResultMatrixRow[];
}

interface MatrixGroupName {
  id: string;
  title: string;
}

/** National projects under their own heading, a county's under its ESF region. */
function matrixGroupOf(
  regions: readonly Region[],
  code: RegionCode,
  lang: Language,
  nationalTitle: string,
): MatrixGroupName {
  if (code === ESF_NATIONAL_CODE) return { id: ESF_NATIONAL_CODE, title: nationalTitle };
  const group = ancestorOfKind(regions, code, 'esf-region') ?? findRegion(regions, code);
  return { id: group?.code ?? code, title: group?.name[lang] ?? code };
}

/** National first, then the regions by name. */
function compareGroups(collator: Intl.Collator) {
  return (a: MatrixGroupName, b: MatrixGroupName) =>
    a.id === ESF_NATIONAL_CODE
      ? -1
      : b.id === ESF_NATIONAL_CODE
        ? 1
        : collator.compare(a.title, b.title);
}

/**
 * Projects grouped under their ESF region (a county project under its region), national projects
 * first under their own heading, then the regions by name; projects sorted by case number (then
 * name) within a group.
 */
export function resultMatrixGroups(
  projects: readonly Project[],
  regions: readonly Region[],
  lang: Language,
  nationalTitle: string,
): ResultMatrixGroup[] {
  const groups = new Map<string, ResultMatrixGroup>();
  const collator = new Intl.Collator(localeOf(lang), { numeric: true });
  for (const project of projects) {
    const code = project.region.value;
    const region = findRegion(regions, code);
    const name = matrixGroupOf(regions, code, lang, nationalTitle);
    const group = groups.get(name.id) ?? { ...name, rows: [] };
    group.rows.push({
      id: project.id,
      name: projectName(project, lang),
      caseNumber: project.caseNumber?.value ?? null,
      place: region?.kind === 'county' ? region.name[lang] : null,
      levels: project.resultLevels.value,
      madeUpLevelsOfRealRecord:
        project.name.provenance.kind !== 'illustrative' &&
        project.resultLevels.provenance.kind === 'illustrative',
    });
    groups.set(name.id, group);
  }
  for (const group of groups.values()) {
    group.rows.sort((a, b) => collator.compare(a.caseNumber ?? a.name, b.caseNumber ?? b.name));
  }
  return [...groups.values()].sort(compareGroups(collator));
}

export interface ResultGroupTotal {
  id: string;
  title: string;
  /** Listed projects in the group. */
  count: number;
  /** Of those, how many report results at each level, in RESULT_LEVELS order. */
  perLevel: number[];
}

/** The matrix's groups as totals, for when there are too many projects to list one by one. */
export function resultMatrixTotals(
  dataset: ProjectsDataset,
  regions: readonly Region[],
  shown: ColumnCounts,
  lang: Language,
  nationalTitle: string,
): ResultGroupTotal[] {
  const codes = columnsOf(dataset).text.region?.dictionary ?? [];
  const groups = new Map<string, ResultGroupTotal>();
  codes.forEach((code, index) => {
    const count = shown.perRegionCode[index] ?? 0;
    if (count === 0) return;
    const name = matrixGroupOf(regions, code, lang, nationalTitle);
    const group = groups.get(name.id) ?? {
      ...name,
      count: 0,
      perLevel: RESULT_LEVELS.map(() => 0),
    };
    group.count += count;
    group.perLevel.forEach((_, level) => {
      group.perLevel[level]! += shown.perRegionLevel[index * RESULT_LEVELS.length + level] ?? 0;
    });
    groups.set(name.id, group);
  });
  const collator = new Intl.Collator(localeOf(lang), { numeric: true });
  return [...groups.values()].sort(compareGroups(collator));
}
