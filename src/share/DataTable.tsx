import { useId } from 'react';
import { useI18n } from '../i18n/I18nProvider';
import { provenanceColumns, type FigureData } from './figureData';
import { formatCell, isNumericColumn } from './formatCell';

/** Above this many rows the table shows the first ones; the downloads keep every row. */
export const DATA_TABLE_ROW_LIMIT = 1000;

/** Exactly what the chart shows, as a table: same rows, same order, and each row's provenance. */
export function DataTable({ data }: { data: FigureData }) {
  const i18n = useI18n();
  const { t } = i18n;
  const captionId = useId();
  if (data.rows.length === 0) {
    return <p className="chart-state chart-state--empty">{t.share.noRows}</p>;
  }
  const provenance = provenanceColumns(data, t.share);
  const rowHeaderKey =
    data.columns.find((column) => column.type === 'text')?.key ?? data.columns[0]?.key;
  return (
    <div className="share-table__scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
      <table className="share-table">
        {/* The figure's title is in view just above; the caption names the table for screen readers. */}
        <caption id={captionId} className="visually-hidden">
          {t.share.tableCaption(data.title)}
        </caption>
        <thead>
          <tr>
            {data.columns.map((column) => (
              <th
                key={column.key}
                scope="col"
                className={isNumericColumn(column) ? 'share-table__number' : undefined}
              >
                {column.label}
              </th>
            ))}
            {provenance.map(({ label }) => (
              <th key={label} scope="col">
                {label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {data.rows.slice(0, DATA_TABLE_ROW_LIMIT).map((row) => (
            <tr key={row.key} data-row={row.key}>
              {data.columns.map((column) => {
                const text = formatCell(row.cells[column.key] ?? null, column, i18n);
                const className = isNumericColumn(column) ? 'share-table__number' : undefined;
                return column.key === rowHeaderKey ? (
                  <th key={column.key} scope="row" className={className}>
                    {text}
                  </th>
                ) : (
                  <td key={column.key} className={className}>
                    {text}
                  </td>
                );
              })}
              {provenance.map(({ label, of }) => {
                const { kind, detail } = of(row);
                return (
                  <td key={label}>
                    <span className={`provenance-chip provenance-chip--${kind}`}>
                      {t.provenance[kind]}
                    </span>
                    <span className="share-table__detail">{detail}</span>
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      {data.rows.length > DATA_TABLE_ROW_LIMIT ? (
        <p className="chart-summary">{t.share.firstRows(DATA_TABLE_ROW_LIMIT, data.rows.length)}</p>
      ) : null}
    </div>
  );
}
