import type { Project, ProjectsDataset } from '../../data/projectsSchema';
import { illustrativeWords, provenanceWords } from '../../filters/provenanceWords';
import type { I18n } from '../../i18n/I18nProvider';
import type { FigureData } from '../../share/figureData';
import type { ProjectRow } from './projectTable';
import type { ProjectTimelineSeries } from './projectTimeline';
import type { RegionTile } from './regionTiles';

function projectProvenance(
  dataset: ProjectsDataset,
  project: Project | undefined,
  field: 'name' | 'startDate',
  i18n: I18n,
) {
  const provenance = project?.[field]?.provenance;
  return provenance ? provenanceWords(provenance, dataset.sources, i18n) : illustrativeWords(i18n);
}

/** `projects-map`: the matching projects counted in each ESF region and under national. */
export function mapFigure(
  tiles: readonly RegionTile[],
  caption: string,
  summary: string,
  i18n: I18n,
): FigureData {
  const { t } = i18n;
  return {
    chartId: 'projects-map',
    title: t.projects.mapTitle,
    filterCaption: caption,
    sourceLine: `${t.projects.mapCountsLine} ${t.projects.tableSourceLine}`,
    illustrative: true,
    summary,
    columns: [
      { key: 'region', label: t.projects.mapColumns.region, type: 'text' },
      { key: 'count', label: t.projects.mapColumns.count, type: 'number' },
    ],
    rows: tiles.map((tile) => ({
      key: tile.key,
      cells: { region: tile.name, count: tile.count },
      provenance: { kind: 'illustrative', detail: t.projects.mapCountsLine },
    })),
  };
}

/** `projects-timeline`: the dated projects in the timeline's order, with their dates. */
export function timelineFigure(
  dataset: ProjectsDataset,
  rows: readonly ProjectRow[],
  timeline: ProjectTimelineSeries,
  caption: string,
  summary: string,
  i18n: I18n,
): FigureData {
  const { t } = i18n;
  const byId = new Map(rows.map((row) => [row.id, row]));
  const projects = new Map(dataset.projects.map((project) => [project.id, project]));
  return {
    chartId: 'projects-timeline',
    title: t.projects.timelineTitle,
    filterCaption: caption,
    sourceLine: t.projects.tableSourceLine,
    illustrative: timeline.items.some((item) => byId.get(item.key)?.provenance !== 'published'),
    summary,
    columns: [
      { key: 'caseNumber', label: t.projects.columns.caseNumber, type: 'text' },
      { key: 'name', label: t.projects.columns.name, type: 'text' },
      { key: 'startDate', label: t.projects.columns.startDate, type: 'text' },
      { key: 'endDate', label: t.projects.columns.endDate, type: 'text' },
    ],
    rows: timeline.items.map((item) => {
      const row = byId.get(item.key);
      return {
        key: item.key,
        cells: {
          caseNumber: row?.caseNumber ?? null,
          name: row?.name ?? item.label,
          startDate: row?.startDate ?? null,
          endDate: row?.endDate ?? null,
        },
        provenance: projectProvenance(dataset, projects.get(item.key), 'startDate', i18n),
      };
    }),
  };
}

/** One sentence on the list: how many projects, how many of them published records. */
export function tableSummary(rows: readonly ProjectRow[], i18n: I18n): string {
  const published = rows.filter((row) => row.provenance === 'published').length;
  return i18n.t.projects.tableSummary(rows.length, published, rows.length - published);
}

/** `projects-table`: the rows of the list, in its sort order, with every column it shows. */
export function tableFigure(
  dataset: ProjectsDataset,
  rows: readonly ProjectRow[],
  caption: string,
  i18n: I18n,
): FigureData {
  const { t } = i18n;
  const projects = new Map(dataset.projects.map((project) => [project.id, project]));
  const levelLabel = (level: string) =>
    i18n.text(
      dataset.resultLevels.find((entry) => entry.id === level)?.label ?? { sv: level, en: level },
    );
  const { columns } = t.projects;
  return {
    chartId: 'projects-table',
    title: t.projects.tableTitle,
    subtitle: t.projects.tableCaption(rows.length, dataset.projects.length),
    filterCaption: caption,
    sourceLine: t.projects.tableSourceLine,
    illustrative: true,
    summary: tableSummary(rows, i18n),
    columns: [
      { key: 'caseNumber', label: columns.caseNumber, type: 'text' },
      { key: 'name', label: columns.name, type: 'text' },
      { key: 'owner', label: columns.owner, type: 'text' },
      { key: 'region', label: columns.region, type: 'text' },
      { key: 'programmeArea', label: columns.programmeArea, type: 'text' },
      { key: 'fund', label: columns.fund, type: 'text' },
      { key: 'startDate', label: columns.startDate, type: 'text' },
      { key: 'endDate', label: columns.endDate, type: 'text' },
      { key: 'resultLevels', label: columns.resultLevels, type: 'text' },
    ],
    rows: rows.map((row) => ({
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
      provenance: projectProvenance(dataset, projects.get(row.id), 'name', i18n),
    })),
  };
}
