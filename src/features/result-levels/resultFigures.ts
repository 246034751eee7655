import { ESF_NATIONAL_CODE } from '../../data/projectFilters';
import type { ProjectsDataset } from '../../data/projectsSchema';
import { RESULT_LEVELS } from '../../data/resultLevels';
import { illustrativeWords, provenanceWords } from '../../filters/provenanceWords';
import type { I18n } from '../../i18n/I18nProvider';
import type { FigureData } from '../../share/figureData';
import type { LevelCount, ResultGroupTotal, ResultMatrixGroup } from './resultSeries';
import { countsSummary } from './resultSummary';

/** The source lines of a result-level chart: where the definitions are published, and what is made up. */
export function resultSourceLines(dataset: ProjectsDataset, i18n: I18n): string[] {
  const definitionSources = dataset.sources.filter((source) =>
    dataset.resultLevels.some(
      (level) => level.provenance.kind === 'published' && level.provenance.source === source.id,
    ),
  );
  return [
    ...definitionSources.map((source) => i18n.t.results.levelsSourceLine(i18n.text(source.title))),
    i18n.t.results.illustrativeLine,
  ];
}

/** `results-counts`: how many of the region's projects report results at each level. */
export function countsFigure(
  dataset: ProjectsDataset,
  counts: readonly LevelCount[],
  total: number,
  caption: string,
  subtitle: string | null,
  i18n: I18n,
): FigureData {
  const { t } = i18n;
  return {
    chartId: 'results-counts',
    title: t.results.countsTitle,
    subtitle: subtitle ?? undefined,
    filterCaption: caption,
    sourceLine: resultSourceLines(dataset, i18n).join(' '),
    illustrative: true,
    summary: countsSummary(counts, total, i18n),
    columns: [
      { key: 'level', label: t.results.columns.level, type: 'text' },
      { key: 'count', label: t.results.columns.count, type: 'number' },
      { key: 'total', label: t.results.columns.total, type: 'number' },
    ],
    rows: counts.map((entry) => ({
      key: entry.level,
      cells: { level: entry.label, count: entry.count, total },
      provenance: illustrativeWords(i18n),
    })),
  };
}

/** What both forms of `results-matrix` (a row per project, or totals per group) share. */
function matrixFigureFrame(
  dataset: ProjectsDataset,
  caption: string,
  subtitle: string | null,
  i18n: I18n,
) {
  return {
    chartId: 'results-matrix',
    title: i18n.t.results.matrixTitle,
    subtitle: subtitle ?? undefined,
    filterCaption: caption,
    sourceLine: resultSourceLines(dataset, i18n).join(' '),
    illustrative: true,
  } satisfies Partial<FigureData>;
}

/** One sentence on the matrix: how many projects in how many groups, and that levels are made up. */
export function matrixSummary(groups: readonly ResultMatrixGroup[], i18n: I18n): string {
  const projects = groups.reduce((sum, group) => sum + group.rows.length, 0);
  const nationalFirst = groups.length > 1 && groups[0]?.id === ESF_NATIONAL_CODE;
  return i18n.t.results.matrixSummary(
    i18n.t.results.countLabel(projects),
    groups.length,
    nationalFirst,
  );
}

/** `results-matrix`: the projects group by group, with a yes or no for every level. */
export function resultMatrixFigure(
  dataset: ProjectsDataset,
  groups: readonly ResultMatrixGroup[],
  levels: readonly LevelCount[],
  caption: string,
  subtitle: string | null,
  i18n: I18n,
): FigureData {
  const { t } = i18n;
  const projects = new Map(dataset.projects.map((project) => [project.id, project]));
  const levelLabel = (level: string) =>
    levels.find((entry) => entry.level === level)?.label ?? level;
  return {
    ...matrixFigureFrame(dataset, caption, subtitle, i18n),
    summary: matrixSummary(groups, i18n),
    columns: [
      { key: 'group', label: t.results.columns.group, type: 'text' },
      { key: 'caseNumber', label: t.results.columns.caseNumber, type: 'text' },
      { key: 'project', label: t.results.columns.project, type: 'text' },
      { key: 'place', label: t.results.columns.place, type: 'text' },
      ...RESULT_LEVELS.map((level) => ({
        key: level,
        label: levelLabel(level),
        type: 'text' as const,
      })),
    ],
    rows: groups.flatMap((group) =>
      group.rows.map((row) => {
        const project = projects.get(row.id);
        return {
          key: row.id,
          cells: {
            group: group.title,
            caseNumber: row.caseNumber,
            project: row.name,
            place: row.place,
            ...Object.fromEntries(
              RESULT_LEVELS.map((level) => [
                level,
                row.levels.includes(level) ? t.projects.yes : t.projects.no,
              ]),
            ),
          },
          provenance: project
            ? provenanceWords(project.resultLevels.provenance, dataset.sources, i18n)
            : illustrativeWords(i18n),
        };
      }),
    ),
  };
}

/** One sentence on the matrix of group totals. */
export function totalsSummary(totals: readonly ResultGroupTotal[], i18n: I18n): string {
  const projects = totals.reduce((sum, group) => sum + group.count, 0);
  return i18n.t.results.totalsSummary(i18n.t.results.countLabel(projects), totals.length);
}

/** `results-matrix` when it shows group totals: per group, how many report results at each level. */
export function resultTotalsFigure(
  dataset: ProjectsDataset,
  totals: readonly ResultGroupTotal[],
  levels: readonly LevelCount[],
  caption: string,
  subtitle: string | null,
  i18n: I18n,
): FigureData {
  const { t } = i18n;
  return {
    ...matrixFigureFrame(dataset, caption, subtitle, i18n),
    summary: totalsSummary(totals, i18n),
    columns: [
      { key: 'group', label: t.results.columns.group, type: 'text' },
      { key: 'count', label: t.results.columns.count, type: 'number' },
      ...levels.map((level) => ({ key: level.level, label: level.label, type: 'number' as const })),
    ],
    rows: totals.map((group) => ({
      key: group.id,
      cells: {
        group: group.title,
        count: group.count,
        ...Object.fromEntries(levels.map((level, index) => [level.level, group.perLevel[index]])),
      },
      provenance: illustrativeWords(i18n),
    })),
  };
}
