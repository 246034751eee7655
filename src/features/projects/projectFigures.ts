import { PERIOD_MARKS, PERIOD_STYLES, periodKinds } from '../../charts/periodKinds';
import { columnsOf, projectsAt } from '../../data/projectColumns';
import type { Project, ProjectsDataset } from '../../data/projectsSchema';
import {
  groupedProvenance,
  illustrativeWords,
  jointWords,
  provenanceWords,
} from '../../filters/provenanceWords';
import type { I18n } from '../../i18n/I18nProvider';
import { withRowsOnDemand, type FigureData } from '../../share/figureData';
import { publishedCount, type ProjectRow } from './projectTable';
import { RECORD_COLUMNS } from './projectsSearch';
import { TIMELINE_BAR_LIMIT, type ProjectTimelineSeries } from './projectTimeline';
import type { RegionTile } from './regionTiles';

type ProjectField = (typeof RECORD_COLUMNS)[number];

function projectProvenance(
  dataset: ProjectsDataset,
  project: Project | undefined,
  field: ProjectField | 'startDate' | 'endDate' | 'resultLevels',
  i18n: I18n,
) {
  const provenance = project?.[field]?.provenance;
  return provenance ? provenanceWords(provenance, dataset.sources, i18n) : illustrativeWords(i18n);
}

/** Where a project's period comes from: both dates', each named when they differ. */
function periodProvenance(dataset: ProjectsDataset, project: Project | undefined, i18n: I18n) {
  const { columns } = i18n.t.projects;
  return jointWords(
    [
      { label: columns.startDate, words: projectProvenance(dataset, project, 'startDate', i18n) },
      { label: columns.endDate, words: projectProvenance(dataset, project, 'endDate', i18n) },
    ],
    i18n,
  );
}

/** Where a project's record fields come from: theirs, each named when they differ. */
function recordProvenance(dataset: ProjectsDataset, project: Project | undefined, i18n: I18n) {
  const { columns } = i18n.t.projects;
  return jointWords(
    RECORD_COLUMNS.filter((field) => field === 'name' || project?.[field]).map((field) => ({
      label: columns[field],
      words: projectProvenance(dataset, project, field, i18n),
    })),
    i18n,
  );
}

/** The map counts published records only (a count derived from them), or some made-up ones too. */
export type MapCountsKind = 'derived' | 'illustrative';

export function mapCountsKind(matches: {
  outsideRegion: number;
  publishedOutsideRegion: number;
}): MapCountsKind {
  return matches.publishedOutsideRegion === matches.outsideRegion ? 'derived' : 'illustrative';
}

/** The map's line on what its counts are. */
export function mapCountsLine(kind: MapCountsKind, i18n: I18n): string {
  return kind === 'derived'
    ? i18n.t.projects.mapCountsPublishedLine
    : i18n.t.projects.mapCountsLine;
}

/** `projects-map`: the matching projects counted in each ESF region and under national. */
export function mapFigure(
  tiles: readonly RegionTile[],
  kind: MapCountsKind,
  caption: string,
  summary: string,
  i18n: I18n,
): FigureData {
  const { t } = i18n;
  const countsLine = mapCountsLine(kind, i18n);
  return {
    chartId: 'projects-map',
    title: t.projects.mapTitle,
    filterCaption: caption,
    sourceLine: `${countsLine} ${t.projects.tableSourceLine}`,
    illustrative: kind === 'illustrative',
    summary,
    columns: [
      { key: 'region', label: t.projects.mapColumns.region, type: 'text' },
      { key: 'count', label: t.projects.mapColumns.count, type: 'number' },
    ],
    rows: tiles.map((tile) => ({
      key: tile.key,
      cells: { region: tile.name, count: tile.count },
      provenance: { kind, detail: countsLine },
    })),
  };
}

/** `projects-timeline`: the dated projects in the timeline's order, or the running counts per month. */
export function timelineFigure(
  dataset: ProjectsDataset,
  timeline: ProjectTimelineSeries,
  caption: string,
  summary: string,
  i18n: I18n,
): FigureData {
  const { t } = i18n;
  const frame = {
    chartId: 'projects-timeline',
    title: t.projects.timelineTitle,
    filterCaption: caption,
    sourceLine: t.projects.tableSourceLine,
    summary,
  };
  if (timeline.months.length > 0) {
    const { month, running, starting } = t.projects.runningColumns;
    return withRowsOnDemand(
      {
        ...frame,
        subtitle: t.projects.runningHint(TIMELINE_BAR_LIMIT),
        illustrative: true,
        columns: [
          { key: 'month', label: month, type: 'text' },
          { key: 'running', label: running, type: 'number' },
          { key: 'starting', label: starting, type: 'number' },
        ],
      },
      () =>
        timeline.months.map((period) => {
          const yearMonth = period.month.toISOString().slice(0, 7);
          return {
            key: yearMonth,
            cells: { month: yearMonth, running: period.running, starting: period.starting },
            provenance: { kind: 'illustrative', detail: t.projects.runningDetail },
          };
        }),
    );
  }
  const records = projectsAt(
    dataset,
    timeline.itemRows.map((row) => row.index),
  );
  return {
    ...frame,
    illustrative: timeline.items.some((item) => item.provenance === 'illustrative'),
    legend: periodKinds(timeline.items).map((kind) => ({
      mark: PERIOD_MARKS[kind],
      color: PERIOD_STYLES[kind].color,
      label: t.projects.periodKinds[kind],
    })),
    columns: [
      { key: 'caseNumber', label: t.projects.columns.caseNumber, type: 'text' },
      { key: 'name', label: t.projects.columns.name, type: 'text' },
      { key: 'startDate', label: t.projects.columns.startDate, type: 'text' },
      { key: 'endDate', label: t.projects.columns.endDate, type: 'text' },
    ],
    rows: timeline.itemRows.map((row, index) => ({
      key: row.id,
      cells: {
        caseNumber: row.caseNumber,
        name: row.name,
        startDate: row.startDate,
        endDate: row.endDate,
      },
      provenance: periodProvenance(dataset, records[index], i18n),
    })),
  };
}

/** One sentence on the list: how many projects, how many of them published records. */
export function tableSummary(dataset: ProjectsDataset, rows: Int32Array, i18n: I18n): string {
  const published = publishedCount(dataset, rows);
  return i18n.t.projects.tableSummary(rows.length, published, rows.length - published);
}

/** `projects-table`: the rows of the list (`rowAt(0)`…), in its sort order, with every column. */
export function tableFigure(
  dataset: ProjectsDataset,
  rows: Int32Array,
  rowAt: (index: number) => ProjectRow,
  caption: string,
  i18n: I18n,
): FigureData {
  const { t } = i18n;
  const levelLabel = (level: string) =>
    i18n.text(
      dataset.resultLevels.find((entry) => entry.id === level)?.label ?? { sv: level, en: level },
    );
  const { columns, provenanceGroups: groups } = t.projects;
  return withRowsOnDemand(
    {
      chartId: 'projects-table',
      title: t.projects.tableTitle,
      subtitle: t.projects.tableCaption(rows.length, columnsOf(dataset).rowCount),
      filterCaption: caption,
      sourceLine: t.projects.tableSourceLine,
      illustrative: true,
      summary: tableSummary(dataset, rows, i18n),
      columns: [
        ...RECORD_COLUMNS.map((key) => ({ key, label: columns[key], type: 'text' as const })),
        { key: 'startDate', label: columns.startDate, type: 'text' },
        { key: 'endDate', label: columns.endDate, type: 'text' },
        { key: 'resultLevels', label: columns.resultLevels, type: 'text' },
      ],
      provenanceGroups: [
        {
          key: 'record',
          label: groups.record,
          detailLabel: groups.recordDetail,
          columns: RECORD_COLUMNS,
        },
        {
          key: 'period',
          label: groups.period,
          detailLabel: groups.periodDetail,
          columns: ['startDate', 'endDate'],
        },
        {
          key: 'resultLevels',
          label: groups.resultLevels,
          detailLabel: groups.resultLevelsDetail,
          columns: ['resultLevels'],
        },
      ],
    },
    () =>
      Array.from(rows, (_, index) => {
        const row = rowAt(index);
        const [project] = projectsAt(dataset, [row.index]);
        return {
          key: row.id,
          cells: {
            caseNumber: row.caseNumber,
            name: row.name,
            owner: row.owner,
            region: row.regionName,
            programmeArea: row.programmeArea,
            fund: row.fund,
            startDate: row.startDate,
            endDate: row.endDate,
            resultLevels:
              row.resultLevels.length > 0
                ? row.resultLevels.map(levelLabel).join(', ')
                : t.projects.noResultLevels,
          },
          ...groupedProvenance({
            record: recordProvenance(dataset, project, i18n),
            period: periodProvenance(dataset, project, i18n),
            resultLevels: projectProvenance(dataset, project, 'resultLevels', i18n),
          }),
        };
      }),
  );
}
