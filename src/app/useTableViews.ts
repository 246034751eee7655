import { useMemo } from 'react';
import type { FigureViews } from '../share/figureViews';
import { parseTableViews, serializeTableViews, withTableView } from '../filters/tableViews';
import { useSearchState } from '../filters/useSearchState';

/** The page's charts shown as tables, kept in the address (Back returns to the chart). */
export function useTableViews(): FigureViews {
  const [{ tables }, setTables] = useSearchState(parseTableViews, serializeTableViews);
  return useMemo(
    () => ({
      isTable: (chartId) => tables.includes(chartId),
      show: (chartId, view) =>
        setTables({ tables: withTableView(tables, chartId, view === 'table') }),
    }),
    [tables, setTables],
  );
}
