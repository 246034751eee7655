import type { CollaborationExample, CollaborationsDataset } from '../../data/collaborationsSchema';
import { illustrativeWords, provenanceWords } from '../../filters/provenanceWords';
import { localeOf } from '../../i18n/format';
import type { I18n } from '../../i18n/I18nProvider';
import type { FigureData } from '../../share/figureData';
import type { MatrixRow, SectorCount } from './sectorSeries';

function sectorLabel(dataset: CollaborationsDataset, id: string, i18n: I18n): string {
  const sector = dataset.sectors.find((candidate) => candidate.id === id);
  return sector ? i18n.text(sector.label) : id;
}

/** Sector names inside a sentence: "public sector and academia". */
function joinSectors(dataset: CollaborationsDataset, ids: readonly string[], i18n: I18n): string {
  return i18n
    .list(ids.map((id) => sectorLabel(dataset, id, i18n)))
    .toLocaleLowerCase(localeOf(i18n.lang));
}

/** The source lines of a sector chart; per-example charts add the line that says they are made up. */
export function sectorSourceLines(
  dataset: CollaborationsDataset,
  illustrative: boolean,
  i18n: I18n,
): string[] {
  return [
    ...dataset.sources.map((source) =>
      i18n.t.sectors.sourceLine(i18n.text(source.title), source.publisher),
    ),
    ...(illustrative ? [i18n.t.sectors.illustrativeLine] : []),
  ];
}

/** The published order in one sentence: which sectors take part most often in each group. */
export function tierSummary(dataset: CollaborationsDataset, i18n: I18n): string {
  const [sweden, international] = dataset.groups;
  if (!sweden || !international) return '';
  return i18n.t.sectors.tierSummary(
    joinSectors(dataset, sweden.sectorTiers[0] ?? [], i18n),
    joinSectors(dataset, international.sectorTiers[0] ?? [], i18n),
  );
}

/** `sectors-order`: every group's sectors, tier by tier, as the report publishes them. */
export function tierFigure(dataset: CollaborationsDataset, i18n: I18n): FigureData {
  const { t } = i18n;
  const tierName = (index: number) => (index === 0 ? t.sectors.tierMostCommon : t.sectors.tierThen);
  return {
    chartId: 'sectors-order',
    title: t.sectors.tierTitle,
    subtitle: t.sectors.tierSubtitle,
    filterCaption: t.sectors.tierFiltersNote,
    sourceLine: sectorSourceLines(dataset, false, i18n).join(' '),
    illustrative: dataset.groups.some((group) => group.provenance.kind === 'illustrative'),
    summary: tierSummary(dataset, i18n),
    columns: [
      { key: 'group', label: t.sectors.columns.group, type: 'text' },
      { key: 'position', label: t.sectors.columns.position, type: 'text' },
      { key: 'sector', label: t.sectors.columns.sector, type: 'text' },
    ],
    rows: dataset.groups.flatMap((group) =>
      group.sectorTiers.flatMap((tier, index) =>
        tier.map((sector) => ({
          key: `${group.id}/${sector}`,
          cells: {
            group: i18n.text(group.label),
            position: tierName(index),
            sector: sectorLabel(dataset, sector, i18n),
          },
          provenance: provenanceWords(group.provenance, dataset.sources, i18n),
        })),
      ),
    ),
  };
}

/** In each group, the sector(s) taking part most often, in one sentence. */
export function summarySummary(
  dataset: CollaborationsDataset,
  counts: readonly SectorCount[],
  i18n: I18n,
): string {
  const parts = dataset.groups.flatMap((group) => {
    const inGroup = counts.filter((row) => row.group === group.id);
    const taking = (row: SectorCount) => row.values.lead + row.values.involved;
    const most = Math.max(0, ...inGroup.map(taking));
    const first = inGroup[0];
    if (!first || most === 0) return [];
    const top = inGroup.filter((row) => taking(row) === most).map((row) => row.sector);
    return [
      i18n.t.sectors.topGroup(
        i18n.text(group.label),
        joinSectors(dataset, top, i18n),
        most,
        first.total,
      ),
    ];
  });
  return parts.length > 0 ? i18n.t.sectors.summarySummary(parts.join('; ')) : '';
}

/** `sectors-summary`: per group and sector, how many examples it leads, joins or stays out of. */
export function summaryFigure(
  dataset: CollaborationsDataset,
  counts: readonly SectorCount[],
  caption: string,
  i18n: I18n,
): FigureData {
  const { t } = i18n;
  const groupTitle = (id: string) =>
    i18n.text(dataset.groups.find((group) => group.id === id)?.label ?? { sv: id, en: id });
  return {
    chartId: 'sectors-summary',
    title: t.sectors.summaryTitle,
    filterCaption: caption,
    sourceLine: sectorSourceLines(dataset, true, i18n).join(' '),
    illustrative: true,
    summary: summarySummary(dataset, counts, i18n),
    columns: [
      { key: 'group', label: t.sectors.columns.group, type: 'text' },
      { key: 'sector', label: t.sectors.columns.sector, type: 'text' },
      { key: 'lead', label: t.sectors.columns.lead, type: 'number' },
      { key: 'involved', label: t.sectors.columns.involved, type: 'number' },
      { key: 'none', label: t.sectors.columns.none, type: 'number' },
      { key: 'total', label: t.sectors.columns.total, type: 'number' },
    ],
    rows: counts.map((row) => ({
      key: `${row.group}/${row.sector}`,
      cells: {
        group: groupTitle(row.group),
        sector: row.label,
        lead: row.values.lead,
        involved: row.values.involved,
        none: row.values.none,
        total: row.total,
      },
      provenance: illustrativeWords(i18n),
    })),
  };
}

/** How many of the shown examples each sector takes part in, in one sentence. */
export function matrixSummary(
  dataset: CollaborationsDataset,
  rows: readonly MatrixRow[],
  i18n: I18n,
): string {
  const taking = dataset.sectors.map(
    (sector) =>
      `${i18n.text(sector.label).toLocaleLowerCase(localeOf(i18n.lang))} ${i18n.integer(
        rows.filter((row) =>
          row.cells.some((cell) => cell.sector === sector.id && cell.involvement !== 'none'),
        ).length,
      )}`,
  );
  return i18n.t.sectors.matrixSummary(rows.length, taking.join(', '));
}

/** `sectors-matrix`: one row per shown example, with each sector's involvement in words. */
export function matrixFigure(
  dataset: CollaborationsDataset,
  rows: readonly MatrixRow[],
  examples: readonly CollaborationExample[],
  caption: string,
  i18n: I18n,
): FigureData {
  const { t } = i18n;
  const groupTitle = (id: string) =>
    i18n.text(dataset.groups.find((group) => group.id === id)?.label ?? { sv: id, en: id });
  const byId = new Map(examples.map((example) => [example.id, example]));
  return {
    chartId: 'sectors-matrix',
    title: t.sectors.matrixTitle,
    subtitle: t.sectors.matrixSubtitle(rows.length, dataset.examples.length),
    filterCaption: caption,
    sourceLine: sectorSourceLines(dataset, true, i18n).join(' '),
    illustrative: true,
    summary: matrixSummary(dataset, rows, i18n),
    columns: [
      { key: 'group', label: t.sectors.columns.group, type: 'text' },
      { key: 'example', label: t.sectors.columns.example, type: 'text' },
      { key: 'form', label: t.sectors.columns.form, type: 'text' },
      { key: 'place', label: t.sectors.columns.place, type: 'text' },
      ...dataset.sectors.map((sector) => ({
        key: sector.id,
        label: i18n.text(sector.label),
        type: 'text' as const,
      })),
    ],
    rows: rows.map((row) => {
      const example = byId.get(row.id);
      return {
        key: row.id,
        cells: {
          group: groupTitle(row.group),
          example: row.name,
          form: row.form,
          place: row.region,
          ...Object.fromEntries(
            row.cells.map((cell) => [cell.sector, t.sectors.involvement[cell.involvement]]),
          ),
        },
        provenance: example
          ? provenanceWords(example.provenance, dataset.sources, i18n)
          : illustrativeWords(i18n),
      };
    }),
  };
}
