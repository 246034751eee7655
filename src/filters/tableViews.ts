/**
 * `?table=results-matrix,survey-national`: the charts shown as their data tables. Kept beside the
 * shared filters on every page, not carried by links to other views.
 */
export interface TableViews {
  tables: readonly string[];
}

const CHART_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** More than any page shows: a longer list is cut, not refused. */
const MOST_TABLES = 12;

export function parseTableViews(search: Record<string, unknown>): TableViews {
  const value = Object.hasOwn(search, 'table') ? search.table : null;
  if (typeof value !== 'string') return { tables: [] };
  const ids = value.split(',').filter((id) => CHART_ID.test(id));
  return { tables: [...new Set(ids)].slice(0, MOST_TABLES) };
}

export function serializeTableViews({ tables }: TableViews): { table?: string } {
  return { table: tables.length > 0 ? tables.join(',') : undefined };
}

/** `tables` with `chartId` shown as a table, or as its chart. */
export function withTableView(
  tables: readonly string[],
  chartId: string,
  asTable: boolean,
): string[] {
  const others = tables.filter((id) => id !== chartId);
  return asTable ? [...others, chartId] : others;
}
