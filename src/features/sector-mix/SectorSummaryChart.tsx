import { DIMMED_OPACITY, palette, textInk } from '../../charts/palette';
import { FocusRing, MarkAnnouncement } from '../../charts/MarkFocus';
import { PatternDef, patternFill, useSvgId } from '../../charts/patterns';
import type { StackedRowsLayout } from '../../charts/stackedRowsLayout';
import { useRovingMarks } from '../../charts/useRovingMarks';
import type { Involvement } from '../../data/collaborationsSchema';
import { sectorStyle } from './sectorStyles';

export interface SectorSummaryChartProps {
  layout: StackedRowsLayout<Involvement>;
  label: string;
  groupTitles: Record<string, string>;
  endLabel: (taking: number, total: number) => string;
  selectedSector: string | null;
  onSelectSector: (sector: string) => void;
  onSelectGroup: (group: string) => void;
}

const NONE_FILL = '#E6E9ED';

/** Per group, a stacked bar per sector: leads (full texture), takes part (lighter), not involved. */
export function SectorSummaryChart({
  layout,
  label,
  groupTitles,
  endLabel,
  selectedSector,
  onSelectSector,
  onSelectGroup,
}: SectorSummaryChartProps) {
  const patternPrefix = useSvgId();
  const sectorOf = (rowKey: string) => rowKey.split('/')[1] ?? '';
  const sectors = [...new Set(layout.rows.map((row) => sectorOf(row.key)))];
  const { active, chartProps } = useRovingMarks(layout.rows.length, (index) => {
    const row = layout.rows[index];
    if (row) onSelectSector(sectorOf(row.key));
  });
  const activeRow = active === null ? undefined : layout.rows[active];
  const rowText = (row: (typeof layout.rows)[number]) =>
    `${groupTitles[row.group] ?? row.group}, ${row.label}: ${endLabel(row.values.lead + row.values.involved, row.total)}`;
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
        {layout.groups.map((group) => (
          <text
            key={group.key}
            x={0}
            y={group.y}
            fontWeight={700}
            fill={palette.ink}
            className="chart-hit"
            onClick={() => onSelectGroup(group.key)}
          >
            {groupTitles[group.key] ?? group.key}
          </text>
        ))}
        {layout.rows.map((row) => {
          const sector = sectorOf(row.key);
          const taking = row.values.lead + row.values.involved;
          const dimmed = selectedSector !== null && selectedSector !== sector;
          return (
            <g
              key={row.key}
              data-row={row.key}
              className="chart-hit"
              onClick={() => onSelectSector(sector)}
            >
              <text x={0} y={row.labelY} dominantBaseline="central" fill={textInk(dimmed)}>
                {row.label}
              </text>
              {row.segments.map((segment) =>
                segment.width > 0 ? (
                  <rect
                    key={segment.part}
                    x={segment.x}
                    y={row.y}
                    width={segment.width}
                    height={row.height}
                    fill={
                      segment.part === 'none'
                        ? NONE_FILL
                        : patternFill(`${patternPrefix}-${sector}`)
                    }
                    fillOpacity={segment.part === 'involved' ? 0.55 : 1}
                    opacity={dimmed ? DIMMED_OPACITY : 1}
                    stroke="#fff"
                  />
                ) : null,
              )}
              <text x={row.endX} y={row.labelY} dominantBaseline="central" fill={textInk(dimmed)}>
                {endLabel(taking, row.total)}
              </text>
            </g>
          );
        })}
        {activeRow ? (
          <FocusRing
            x={1}
            y={activeRow.y - layout.fontSize * 0.3}
            width={layout.width - 2}
            height={activeRow.height + layout.fontSize * 0.6}
            rx={layout.fontSize / 4}
          />
        ) : null}
      </svg>
      <MarkAnnouncement>{activeRow ? rowText(activeRow) : ''}</MarkAnnouncement>
    </>
  );
}
