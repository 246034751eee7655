import { Link } from '@tanstack/react-router';
import { defaultRangeExtractor, useVirtualizer, type Range } from '@tanstack/react-virtual';
import { useCallback, useRef, type FocusEvent, type ReactNode } from 'react';
import type { ProvenanceKind } from '../../data/provenanceSchema';
import { sharedFilters } from '../../filters/filterSchema';
import { useI18n } from '../../i18n/I18nProvider';
import type { ProjectRow } from './projectTable';
import { SORT_COLUMNS, type SortColumn, type SortDirection } from './projectsSearch';
import './projectList.css';

export interface ProjectListProps {
  rowCount: number;
  /** The row at a place in the list's order, built when it is drawn. */
  rowAt: (index: number) => ProjectRow;
  caption: string;
  sort: SortColumn;
  direction: SortDirection;
  /** Programme area labels by letter, for the abbreviation's expansion. */
  areaLabels: Readonly<Record<string, string>>;
  onSort: (column: SortColumn) => void;
}

const ARIA_SORT = { asc: 'ascending', desc: 'descending' } as const;
/** From this many rows only the rows in view (and a few around them) are in the DOM. */
export const VIRTUALIZE_FROM = 200;
const ESTIMATED_ROW_HEIGHT = 44;
const OVERSCAN_ROWS = 12;
/** The header is row 1 for assistive technology; data rows count from 2. */
const FIRST_DATA_ROW_INDEX = 2;
const SORT_MARK = { asc: '▲', desc: '▼' } as const;

/**
 * The project list: sortable column headers, a link to each project and its provenance. A long
 * list scrolls inside its own box under a sticky header, with only the rows in view rendered;
 * `aria-rowcount` and `aria-rowindex` keep the full size and each row's place known.
 */
export function ProjectList({
  rowCount,
  rowAt,
  caption,
  sort,
  direction,
  areaLabels,
  onSort,
}: ProjectListProps) {
  const i18n = useI18n();
  const { t, lang } = i18n;
  const missing = <span className="project-table__missing">{t.projects.notPublished}</span>;
  // A date marked only where its provenance differs from its row's (a derived end date of a
  // published record): the row's own chip already says the rest.
  const date = (row: ProjectRow, isoDate: string | null, kind: ProvenanceKind | null) =>
    isoDate === null ? (
      missing
    ) : (
      <>
        <span className="project-table__date">{i18n.date(isoDate)}</span>
        {kind !== null && kind !== row.provenance ? (
          <span className={`provenance-chip provenance-chip--${kind}`}>
            {t.projects.dateKinds[kind]}
          </span>
        ) : null}
      </>
    );

  const virtual = rowCount >= VIRTUALIZE_FROM;
  const scrollRef = useRef<HTMLDivElement>(null);
  // The row holding the focus stays drawn while the list scrolls away from it (PageDown with a
  // link focused): removing it would drop the focus to the page, and a screen reader's place.
  // So do its neighbours, so that Tab and Shift+Tab go on from it, as in a list drawn whole.
  const focusedRow = useRef<number | null>(null);
  const withFocusedRow = useCallback((range: Range) => {
    const indexes = defaultRangeExtractor(range);
    const focused = focusedRow.current;
    if (focused === null) return indexes;
    const kept = [focused - 1, focused, focused + 1].filter(
      (index) => index >= 0 && index < range.count,
    );
    return [...new Set([...indexes, ...kept])].sort((a, b) => a - b);
  }, []);
  // The virtualizer re-renders this component on scroll; nothing memoised is built from it.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: virtual ? rowCount : 0,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ESTIMATED_ROW_HEIGHT,
    overscan: OVERSCAN_ROWS,
    rangeExtractor: withFocusedRow,
  });
  const items = virtualizer.getVirtualItems();
  const followFocus = (event: FocusEvent<HTMLTableSectionElement>) => {
    const row = (event.target as Element).closest('tr[data-index]');
    focusedRow.current = row ? Number(row.getAttribute('data-index')) : null;
  };
  const loseFocus = (event: FocusEvent<HTMLTableSectionElement>) => {
    if (!event.currentTarget.contains(event.relatedTarget as Node | null)) {
      focusedRow.current = null;
    }
  };
  const spacer = (height: number, key: string): ReactNode =>
    height > 0 ? (
      <tr key={key} aria-hidden="true" className="project-table__spacer">
        <td colSpan={SORT_COLUMNS.length} style={{ height }} />
      </tr>
    ) : null;

  const renderRow = (row: ProjectRow, index: number, measure?: (node: Element | null) => void) => (
    <tr
      key={row.id}
      data-row={row.id}
      data-index={index}
      ref={measure}
      aria-rowindex={index + FIRST_DATA_ROW_INDEX}
    >
      <td className="project-table__case">{row.caseNumber ?? missing}</td>
      <th scope="row" className="project-table__name">
        <Link to="/projects/$projectId" params={{ projectId: row.id }} search={sharedFilters}>
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
      <td>{date(row, row.startDate, row.startDateKind)}</td>
      <td>{date(row, row.endDate, row.endDateKind)}</td>
      <td className="project-table__levels">
        {row.resultLevels.length === 0
          ? t.projects.noResultLevels
          : row.resultLevels.map((level) => t.filters.levels[level]).join(', ')}
      </td>
    </tr>
  );

  // Spacers keep the scroll height: before, between (the kept focused row) and after the rows.
  const virtualRows = (): ReactNode[] => {
    const drawn: ReactNode[] = [];
    let end = 0;
    for (const item of items) {
      drawn.push(spacer(item.start - end, `space-before-${item.index}`));
      drawn.push(renderRow(rowAt(item.index), item.index, virtualizer.measureElement));
      end = item.end;
    }
    drawn.push(spacer(virtualizer.getTotalSize() - end, 'space-after'));
    return drawn;
  };
  const body = virtual
    ? virtualRows()
    : Array.from({ length: rowCount }, (_, index) => renderRow(rowAt(index), index));

  return (
    <div
      ref={scrollRef}
      className={virtual ? 'matrix-scroll project-list--virtual' : 'matrix-scroll'}
    >
      <table className="project-table" aria-rowcount={rowCount + 1}>
        <caption>{caption}</caption>
        <thead>
          <tr aria-rowindex={1}>
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
        <tbody onFocus={followFocus} onBlur={loseFocus}>
          {body}
        </tbody>
      </table>
    </div>
  );
}
