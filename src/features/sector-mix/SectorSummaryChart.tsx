import { palette } from '../../charts/palette';
import { PatternDef, patternFill, useSvgId } from '../../charts/patterns';
import type { StackedRowsLayout } from '../../charts/stackedRowsLayout';
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
  const sectors = [...new Set(layout.rows.map((row) => row.key.split('/')[1] ?? ''))];
  return (
    <svg
      className="chart chart--interactive"
      role="img"
      aria-label={label}
      width={layout.width}
      height={layout.height}
      viewBox={`0 0 ${layout.width} ${layout.height}`}
      fontSize={layout.fontSize}
    >
      <defs>
        {sectors.map((sector) => (
          <PatternDef key={sector} id={`${patternPrefix}-${sector}`} style={sectorStyle(sector)} />
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
        const sector = row.key.split('/')[1] ?? '';
        const taking = row.values.lead + row.values.involved;
        return (
          <g
            key={row.key}
            data-row={row.key}
            opacity={selectedSector !== null && selectedSector !== sector ? 0.35 : 1}
            className="chart-hit"
            onClick={() => onSelectSector(sector)}
          >
            <text x={0} y={row.labelY} dominantBaseline="central" fill={palette.ink}>
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
                    segment.part === 'none' ? NONE_FILL : patternFill(`${patternPrefix}-${sector}`)
                  }
                  fillOpacity={segment.part === 'involved' ? 0.55 : 1}
                  stroke="#fff"
                />
              ) : null,
            )}
            <text x={row.endX} y={row.labelY} dominantBaseline="central" fill={palette.ink}>
              {endLabel(taking, row.total)}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
