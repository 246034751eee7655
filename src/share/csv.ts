import { csvFormatRow, dsvFormat } from 'd3-dsv';
import type { Language } from '../i18n/format';
import { createI18n } from '../i18n/I18nProvider';
import { provenanceColumns, type FigureCell, type FigureData } from './figureData';

const BYTE_ORDER_MARK = '\uFEFF';
const FORMULA_START = /^[=+\-@\t\r]/;

/** A text cell a spreadsheet would run as a formula gets a leading `'` (OWASP CSV injection). */
export function neutralizeFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/**
 * `standard`: commas and a decimal point (RFC 4180; what R, Python and an English spreadsheet
 * read). `semicolon`: semicolons and a decimal comma, what Excel set up for Swedish reads as
 * columns and numbers when the file is opened.
 */
export type CsvDialect = 'standard' | 'semicolon';

const semicolonFormat = dsvFormat(';');

/** Numbers without grouping, with the dialect's decimal mark, which its spreadsheets read as numbers. */
function csvCell(cell: FigureCell, dialect: CsvDialect): string {
  if (cell === null) return '';
  if (typeof cell === 'number') {
    if (!Number.isFinite(cell)) return '';
    return dialect === 'semicolon' ? String(cell).replace('.', ',') : String(cell);
  }
  return neutralizeFormula(cell);
}

/**
 * Exactly what the chart shows as CSV: UTF-8 with a byte order mark (so Excel reads å ä ö), the
 * header in `lang`, one row per row shown plus its provenance, CRLF line ends.
 */
export function figureCsv(
  data: FigureData,
  lang: Language,
  dialect: CsvDialect = 'standard',
): string {
  const { t } = createI18n(lang);
  const provenance = provenanceColumns(data, t.share);
  const header = [
    ...data.columns.map((column) => column.label),
    ...provenance.flatMap(({ label, detailLabel }) => [label, detailLabel]),
  ].map(neutralizeFormula);
  const rows = data.rows.map((row) => [
    ...data.columns.map((column) => csvCell(row.cells[column.key] ?? null, dialect)),
    ...provenance.flatMap(({ of }) => {
      const { kind, detail } = of(row);
      return [neutralizeFormula(t.provenance[kind]), neutralizeFormula(detail)];
    }),
  ]);
  const formatRow = dialect === 'semicolon' ? semicolonFormat.formatRow : csvFormatRow;
  return `${BYTE_ORDER_MARK}${[header, ...rows].map((row) => formatRow(row)).join('\r\n')}\r\n`;
}

/** Exactly what the chart shows as a JSON document, with its title, filters and sources. */
export function figureJson(data: FigureData): string {
  const document = {
    chartId: data.chartId,
    title: data.title,
    subtitle: data.subtitle ?? null,
    filters: data.filterCaption,
    source: data.sourceLine,
    illustrative: data.illustrative,
    summary: data.summary,
    columns: data.columns.map(({ key, label, type }) => ({ key, label, type })),
    rows: data.rows.map((row) => ({
      ...Object.fromEntries(
        data.columns.map((column) => [column.key, row.cells[column.key] ?? null]),
      ),
      provenance: { kind: row.provenance.kind, detail: row.provenance.detail },
      ...(data.provenanceGroups?.length
        ? {
            provenanceByGroup: Object.fromEntries(
              data.provenanceGroups.map((group) => {
                const { kind, detail } = row.provenanceByGroup?.[group.key] ?? row.provenance;
                return [group.key, { columns: group.columns, kind, detail }];
              }),
            ),
          }
        : {}),
    })),
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}
