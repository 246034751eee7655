/** Where one row's values come from, already put in words for the chosen language. */
export interface RowProvenance {
  kind: 'published' | 'derived' | 'illustrative';
  /** "MSI 2019 survey report, table 2" / "253 × 40 %" / "made up to demonstrate". */
  detail: string;
}

export interface FigureColumn {
  key: string;
  /** The header, in the chosen language. */
  label: string;
  /** Numbers stay numbers in CSV and JSON; `percent` values are 0–100. */
  type: 'text' | 'number' | 'percent';
}

export type FigureCell = string | number | null;

export interface FigureRow {
  key: string;
  cells: Readonly<Record<string, FigureCell>>;
  /** The whole row's: with provenance groups, the most cautious of theirs. */
  provenance: RowProvenance;
  /** Each provenance group's, by its key, when the figure has groups. */
  provenanceByGroup?: Readonly<Record<string, RowProvenance>>;
}

/**
 * Columns whose values come from one place, in a row that mixes places (published national
 * shares beside made-up regional ones): each group gets its own provenance in the table and in
 * every download, so that a published value is never marked made up, nor the reverse.
 */
export interface ProvenanceGroup {
  key: string;
  /** "Provenance of the national figures", in the chosen language. */
  label: string;
  /** The header of the group's detail column in a CSV. */
  detailLabel: string;
  columns: readonly string[];
}

/**
 * Exactly what a chart shows, in the order it shows it: the data table, the CSV and JSON
 * downloads and the SVG/PNG exports all come from this one description.
 */
export interface FigureData {
  /** Stable id of the chart, used in embed URLs, element ids and file names: `survey-national`. */
  chartId: string;
  title: string;
  subtitle?: string;
  /** The active filters in words: "Region: Sydsverige · Level: Organisation · n = 14". */
  filterCaption: string;
  /** One line naming the sources; says so when values are illustrative. */
  sourceLine: string;
  /** Some value shown is illustrative: exports carry the illustrative-data mark. */
  illustrative: boolean;
  /** The one-sentence summary shown under the chart and used as its alt text. */
  summary: string;
  columns: readonly FigureColumn[];
  rows: readonly FigureRow[];
  /** Absent: one provenance covers the whole row. */
  provenanceGroups?: readonly ProvenanceGroup[];
  /** What the chart's marks mean, for exports, where the page's own legend is not drawn. */
  legend?: readonly LegendEntry[];
}

/** One entry of an exported legend: a mark drawn as a character in its colour, and its meaning. */
export interface LegendEntry {
  /** "●", "◇", "▲ ▼ =". */
  mark: string;
  color: string;
  label: string;
}

/**
 * The provenance to mark a whole figure with: illustrative when any value shown is; else derived
 * when any row or group is; else published.
 */
export function figureProvenanceKind(data: FigureData): RowProvenance['kind'] {
  if (data.illustrative) return 'illustrative';
  const kinds = new Set(
    data.rows.flatMap((row) => [
      row.provenance.kind,
      ...Object.values(row.provenanceByGroup ?? {}).map((words) => words.kind),
    ]),
  );
  if (kinds.has('illustrative')) return 'illustrative';
  return kinds.has('derived') ? 'derived' : 'published';
}

/** One provenance column of a table or a download, and how to read it from a row. */
export interface ProvenanceColumn {
  label: string;
  detailLabel: string;
  of: (row: FigureRow) => RowProvenance;
}

/** The figure's provenance columns: one per provenance group, or one for the whole row. */
export function provenanceColumns(
  data: FigureData,
  labels: { provenance: string; provenanceDetail: string },
): ProvenanceColumn[] {
  if (!data.provenanceGroups?.length) {
    return [
      {
        label: labels.provenance,
        detailLabel: labels.provenanceDetail,
        of: (row) => row.provenance,
      },
    ];
  }
  return data.provenanceGroups.map((group) => ({
    label: group.label,
    detailLabel: group.detailLabel,
    of: (row) => row.provenanceByGroup?.[group.key] ?? row.provenance,
  }));
}

/**
 * The figure with its rows built on first use: a table, a download or an image reads them, the
 * chart on screen does not, so a list of a million projects costs nothing until it is exported.
 */
export function withRowsOnDemand(
  figure: Omit<FigureData, 'rows'>,
  buildRows: () => readonly FigureRow[],
): FigureData {
  let rows: readonly FigureRow[] | undefined;
  return Object.defineProperty({ ...figure }, 'rows', {
    enumerable: true,
    get: () => (rows ??= buildRows()),
  }) as FigureData;
}
