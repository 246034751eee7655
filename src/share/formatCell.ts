import { localeOf } from '../i18n/format';
import type { I18n } from '../i18n/I18nProvider';
import type { FigureCell, FigureColumn } from './figureData';

/** A cell as the language writes it: "9,5 %" / "9.5%", "1 234" / "1,234"; empty when missing. */
export function formatCell(cell: FigureCell, column: FigureColumn, i18n: I18n): string {
  if (cell === null) return '';
  if (typeof cell === 'string') return cell;
  if (column.type === 'percent') return i18n.percent(cell);
  return Number.isInteger(cell) ? i18n.integer(cell) : cell.toLocaleString(localeOf(i18n.lang));
}

/** Numbers line up on the right in a table. */
export function isNumericColumn(column: FigureColumn): boolean {
  return column.type !== 'text';
}
