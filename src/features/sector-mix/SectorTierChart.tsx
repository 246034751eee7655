import { DIMMED_OPACITY, palette, textInk } from '../../charts/palette';
import { FocusRing, MarkAnnouncement } from '../../charts/MarkFocus';
import { PatternDef, patternFill, useSvgId } from '../../charts/patterns';
import type { TierLinkLayout } from '../../charts/tierLinkLayout';
import { useRovingMarks } from '../../charts/useRovingMarks';
import { sectorStyle } from './sectorStyles';

export interface SectorTierChartProps {
  layout: TierLinkLayout;
  label: string;
  tierNames: string[];
  selectedSector: string | null;
  selectedGroup: string | null;
  onSelectSector: (sector: string) => void;
  onSelectGroup: (group: string) => void;
}

/** The published order of sectors in Sweden and abroad, with a link per sector between the two. */
export function SectorTierChart({
  layout,
  label,
  tierNames,
  selectedSector,
  selectedGroup,
  onSelectSector,
  onSelectGroup,
}: SectorTierChartProps) {
  const patternPrefix = useSvgId();
  const sectors = [...new Set(layout.items.map((item) => item.key))];
  const dimmed = (sector: string) => selectedSector !== null && selectedSector !== sector;
  const swatch = layout.fontSize * 1.1;
  const strokeScale = layout.fontSize / 14;
  const { active, chartProps } = useRovingMarks(layout.items.length, (index) => {
    const item = layout.items[index];
    if (item) onSelectSector(item.key);
  });
  const activeItem = active === null ? undefined : layout.items[active];
  const columnTitle = (key: string) =>
    layout.columns.find((column) => column.key === key)?.title ?? key;
  return (
    <>
      <svg
        className="chart chart--interactive chart--keyboard"
        role="img"
        aria-label={label}
        {...chartProps}
        width={layout.width}
        height={layout.height}
        viewBox={`0 0 ${layout.width} ${layout.height}`}
        fontSize={layout.fontSize}
      >
        <defs>
          {sectors.map((sector) => (
            <PatternDef
              key={sector}
              id={`${patternPrefix}-${sector}`}
              style={sectorStyle(sector)}
            />
          ))}
        </defs>
        {layout.links.map((link) => (
          <path
            key={link.key}
            d={link.path}
            fill="none"
            stroke={sectorStyle(link.key).color}
            strokeWidth={(selectedSector === link.key ? 5 : 3) * strokeScale}
            opacity={dimmed(link.key) ? 0.2 : 0.9}
          />
        ))}
        {layout.columns.map((column) => (
          <text
            key={column.key}
            x={column.titleX}
            y={column.titleY}
            textAnchor={column.titleAnchor}
            fontWeight={700}
            fill={palette.ink}
            textDecoration={selectedGroup === column.key ? 'underline' : undefined}
            onClick={() => onSelectGroup(column.key)}
            className="chart-hit"
            data-group={column.key}
          >
            {column.title}
          </text>
        ))}
        {layout.tierLabels.map((tierLabel) => (
          <text
            key={`${tierLabel.column}-${tierLabel.tier}`}
            x={tierLabel.x}
            y={tierLabel.y}
            fill={palette.muted}
            fontSize={layout.fontSize * 0.85}
          >
            {tierNames[tierLabel.tier] ?? ''}
          </text>
        ))}
        {layout.items.map((item) => (
          <g
            key={`${item.column}-${item.key}`}
            data-sector={item.key}
            data-column={item.column}
            onClick={() => onSelectSector(item.key)}
            className="chart-hit"
          >
            <rect
              x={item.x}
              y={item.y}
              width={item.width}
              height={item.height}
              rx={4}
              fill="#fff"
              stroke={selectedSector === item.key ? palette.ink : sectorStyle(item.key).color}
              strokeOpacity={dimmed(item.key) ? DIMMED_OPACITY : 1}
              strokeWidth={(selectedSector === item.key ? 3 : 1.5) * strokeScale}
            />
            <rect
              x={item.x + layout.fontSize * 0.6}
              y={item.y + (item.height - swatch) / 2}
              width={swatch}
              height={swatch}
              fill={patternFill(`${patternPrefix}-${item.key}`)}
              opacity={dimmed(item.key) ? DIMMED_OPACITY : 1}
            />
            {item.lines.map((line) => (
              <text
                key={line.y}
                x={item.x + layout.fontSize * 0.6 + swatch + layout.fontSize * 0.5}
                y={line.y}
                dominantBaseline="central"
                fill={textInk(dimmed(item.key))}
              >
                {line.text}
              </text>
            ))}
          </g>
        ))}
        {activeItem ? (
          <FocusRing
            x={activeItem.x - 4}
            y={activeItem.y - 4}
            width={activeItem.width + 8}
            height={activeItem.height + 8}
            strokeWidth={2 * strokeScale}
            rx={6}
          />
        ) : null}
      </svg>
      <MarkAnnouncement>
        {activeItem
          ? `${columnTitle(activeItem.column)}, ${tierNames[activeItem.tier] ?? ''}: ${activeItem.label}`
          : ''}
      </MarkAnnouncement>
    </>
  );
}
