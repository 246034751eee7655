import { Link } from '@tanstack/react-router';
import { sharedFilters } from '../../filters/filterSchema';
import { useI18n } from '../../i18n/I18nProvider';
import { SORT_COLUMNS, type ProjectRow, type SortColumn, type SortDirection } from './projectTable';

export interface ProjectListProps {
  rows: readonly ProjectRow[];
  caption: string;
  sort: SortColumn;
  direction: SortDirection;
  /** Programme area labels by letter, for the abbreviation's expansion. */
  areaLabels: Readonly<Record<string, string>>;
  onSort: (column: SortColumn) => void;
}

const ARIA_SORT = { asc: 'ascending', desc: 'descending' } as const;
const SORT_MARK = { asc: '▲', desc: '▼' } as const;

/** The project list: sortable column headers, a link to each project and its provenance. */
export function ProjectList({
  rows,
  caption,
  sort,
  direction,
  areaLabels,
  onSort,
}: ProjectListProps) {
  const i18n = useI18n();
  const { t, lang } = i18n;
  const missing = <span className="project-table__missing">{t.projects.notPublished}</span>;
  const date = (isoDate: string | null) =>
    isoDate === null ? missing : <span className="project-table__date">{i18n.date(isoDate)}</span>;

  return (
    <div className="matrix-scroll">
      <table className="project-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            {SORT_COLUMNS.map((column) => {
              const label = t.projects.columns[column];
              const sorted = column === sort;
              return (
                <th
                  key={column}
                  scope="col"
                  data-column={column}
                  aria-sort={sorted ? ARIA_SORT[direction] : undefined}
                >
                  <button
                    type="button"
                    className="sort-button"
                    title={t.projects.sortBy(label.toLocaleLowerCase(lang))}
                    onClick={() => onSort(column)}
                  >
                    {label}
                    <span className="sort-button__mark" aria-hidden="true">
                      {sorted ? SORT_MARK[direction] : '↕'}
                    </span>
                  </button>
                  {column === 'resultLevels' ? (
                    <span className="provenance-chip provenance-chip--illustrative">
                      {t.provenance.illustrative}
                    </span>
                  ) : null}
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id} data-row={row.id}>
              <td className="project-table__case">{row.caseNumber ?? missing}</td>
              <th scope="row" className="project-table__name">
                <Link
                  to="/projects/$projectId"
                  params={{ projectId: row.id }}
                  search={sharedFilters}
                >
                  {row.name}
                </Link>
                <span className={`provenance-chip provenance-chip--${row.provenance}`}>
                  {row.provenance === 'published'
                    ? t.projects.publishedRecord
                    : t.projects.illustrativeRecord}
                </span>
              </th>
              <td>{row.owner}</td>
              <td>{row.regionName}</td>
              <td>
                {row.programmeArea === null ? (
                  missing
                ) : (
                  <abbr title={areaLabels[row.programmeArea]}>{row.programmeArea}</abbr>
                )}
              </td>
              <td className="project-table__fund">{row.fund}</td>
              <td>{date(row.startDate)}</td>
              <td>{date(row.endDate)}</td>
              <td className="project-table__levels">
                {row.resultLevels.length === 0
                  ? t.projects.noResultLevels
                  : row.resultLevels.map((level) => t.filters.levels[level]).join(', ')}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
