import { linkHorizontal } from 'd3-shape';
import { approximateCharsThatFit, wrapText } from './wrapText';

export interface TierColumn {
  key: string;
  title: string;
  /** Items from the top tier down; items in one tier are equal. */
  tiers: { key: string; label: string }[][];
}

export interface PlacedTierItem {
  key: string;
  label: string;
  column: string;
  tier: number;
  x: number;
  y: number;
  width: number;
  height: number;
  /** The label wrapped to the box, with each line's baseline. */
  lines: { text: string; y: number }[];
}

export interface TierLinkLayout {
  width: number;
  height: number;
  fontSize: number;
  columns: {
    key: string;
    title: string;
    x: number;
    width: number;
    titleY: number;
    /** Where the title is anchored: the left column's at its start, the right column's at its end. */
    titleX: number;
    titleAnchor: 'start' | 'end';
  }[];
  tierLabels: { column: string; tier: number; x: number; y: number }[];
  items: PlacedTierItem[];
  links: { key: string; path: string; from: PlacedTierItem; to: PlacedTierItem }[];
}

/**
 * Two columns of tiered items (e.g. sectors in Sweden and abroad) with a link between each
 * item's position in the first column and its position in the second.
 */
export function layoutTierLinks(
  left: TierColumn,
  right: TierColumn,
  options: { width: number; fontSize?: number },
): TierLinkLayout {
  const fontSize = options.fontSize ?? 14;
  const width = Math.max(options.width, 240);
  const columnWidth = Math.min(Math.max(width * 0.4, 110), Math.max(300, fontSize * 15));
  const lineHeight = fontSize * 1.2;
  const labelSpace = columnWidth - fontSize * 2.8;
  const itemGap = fontSize * 0.5;
  const tierLabelHeight = fontSize * 1.5;
  const tierGap = fontSize * 0.9;
  const titleHeight = fontSize * 2;

  const columns = [left, right].map((column, index) => ({
    key: column.key,
    title: column.title,
    x: index === 0 ? 0 : width - columnWidth,
    width: columnWidth,
    titleY: fontSize * 1.2,
    titleX: index === 0 ? 0 : width,
    titleAnchor: index === 0 ? ('start' as const) : ('end' as const),
  }));

  const items: PlacedTierItem[] = [];
  const tierLabels: TierLinkLayout['tierLabels'] = [];
  let height = 0;
  [left, right].forEach((column, columnIndex) => {
    const x = columns[columnIndex]!.x;
    let y = titleHeight;
    column.tiers.forEach((tier, tierIndex) => {
      tierLabels.push({ column: column.key, tier: tierIndex, x, y: y + fontSize });
      y += tierLabelHeight;
      for (const item of tier) {
        const wrapped = wrapText(item.label, approximateCharsThatFit(labelSpace, fontSize), 2);
        const height = Math.max(fontSize * 2.4, wrapped.length * lineHeight + fontSize * 0.9);
        const firstBaseline = y + height / 2 - ((wrapped.length - 1) * lineHeight) / 2;
        items.push({
          ...item,
          column: column.key,
          tier: tierIndex,
          x,
          y,
          width: columnWidth,
          height,
          lines: wrapped.map((text, index) => ({ text, y: firstBaseline + index * lineHeight })),
        });
        y += height + itemGap;
      }
      y += tierGap;
    });
    height = Math.max(height, y - tierGap - itemGap + 3);
  });

  const link = linkHorizontal<
    { source: [number, number]; target: [number, number] },
    [number, number]
  >();
  const links = items
    .filter((item) => item.column === left.key)
    .flatMap((from) => {
      const to = items.find((item) => item.column === right.key && item.key === from.key);
      if (!to) return [];
      const path = link({
        source: [from.x + from.width, from.y + from.height / 2],
        target: [to.x, to.y + to.height / 2],
      });
      return path ? [{ key: from.key, path, from, to }] : [];
    });

  return { width, height, fontSize, columns, tierLabels, items, links };
}
