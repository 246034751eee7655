import { ESF_NATIONAL_CODE, filterProjects } from '../../data/projectFilters';
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

export interface SelectedProjects {
  /** The projects in the chosen region, whatever their levels: what the counts are out of. */
  inRegion: Project[];
  /** The projects the matrix lists: all of `inRegion`, or only the level's when narrowing. */
  shown: Project[];
}

/**
 * The projects of the chosen region (an unknown region code counts as no region, as the filter
 * bar says), narrowed to the chosen level only in the "narrow" mode.
 */
export function selectProjects(
  projects: readonly Project[],
  regions: readonly Region[],
  selection: ResultSelection,
): SelectedProjects {
  const region =
    selection.region !== null && findRegion(regions, selection.region) ? selection.region : null;
  const inRegion = filterProjects(projects, regions, {
    region,
    level: null,
    nationalEverywhere: selection.nationalEverywhere,
  });
  const level = selection.levelMode === 'narrow' ? selection.level : null;
  const shown =
    level === null ? inRegion : inRegion.filter((p) => p.resultLevels.value.includes(level));
  return { inRegion, shown };
}

export interface LevelCount {
  level: ResultLevel;
  label: string;
  definition: string;
  /** Where the definition is published, when it is. */
  definitionSource: Source | null;
  count: number;
}

/** How many of the projects report results at each level, in the levels' fixed order. */
export function levelCounts(
  dataset: ProjectsDataset,
  projects: readonly Project[],
  lang: Language,
): LevelCount[] {
  return RESULT_LEVELS.map((level) => {
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
      count: projects.filter((project) => project.resultLevels.value.includes(level)).length,
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
}

export interface ResultMatrixGroup {
  id: string;
  title: string;
  rows: ResultMatrixRow[];
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
    const esfRegion = ancestorOfKind(regions, code, 'esf-region');
    const id = code === ESF_NATIONAL_CODE ? ESF_NATIONAL_CODE : (esfRegion?.code ?? code);
    const title =
      id === ESF_NATIONAL_CODE ? nationalTitle : ((esfRegion ?? region)?.name[lang] ?? code);
    const group = groups.get(id) ?? { id, title, rows: [] };
    group.rows.push({
      id: project.id,
      name: projectName(project, lang),
      caseNumber: project.caseNumber?.value ?? null,
      place: region?.kind === 'county' ? region.name[lang] : null,
      levels: project.resultLevels.value,
    });
    groups.set(id, group);
  }
  for (const group of groups.values()) {
    group.rows.sort((a, b) => collator.compare(a.caseNumber ?? a.name, b.caseNumber ?? b.name));
  }
  return [...groups.values()].sort((a, b) =>
    a.id === ESF_NATIONAL_CODE
      ? -1
      : b.id === ESF_NATIONAL_CODE
        ? 1
        : collator.compare(a.title, b.title),
  );
}
