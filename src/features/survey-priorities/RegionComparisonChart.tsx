import type { DotRowsLayout } from '../../charts/dotRowsLayout';
import { FocusRing, MarkAnnouncement } from '../../charts/MarkFocus';
import { palette } from '../../charts/palette';
import { useRovingMarks } from '../../charts/useRovingMarks';
import type { DotRow } from '../../charts/dotRowsLayout';

export interface RegionComparisonChartProps {
  layout: DotRowsLayout;
  formatTick: (value: number) => string;
  label: string;
  /** What the keyboard announces for a row; by default its label, both values and its note. */
  describeRow?: (row: DotRow) => string;
}

const DOT_RADIUS_EM = 0.4;

/** A dot per area for the nation (filled circle) and the region (open diamond), with rank changes. */
export function RegionComparisonChart({
  layout,
  formatTick,
  label,
  describeRow = (row) =>
    `${row.label}: ${formatTick(row.reference)} → ${formatTick(row.comparison)}${row.note ? ` (${row.note})` : ''}`,
}: RegionComparisonChartProps) {
  const radius = layout.fontSize * DOT_RADIUS_EM;
  const { active, chartProps } = useRovingMarks(layout.rows.length);
  const activeRow = active === null ? undefined : layout.rows[active];
  return (
    <>
      <svg
        className="chart chart--keyboard"
        role="img"
        aria-label={label}
        {...chartProps}
        width={layout.width}
        height={layout.height}
        viewBox={`0 0 ${layout.width} ${layout.height}`}
        fontSize={layout.fontSize}
      >
        {layout.ticks.map((tick) => (
          <g key={tick.value}>
            <line
              x1={tick.x}
              x2={tick.x}
              y1={layout.plotTop}
              y2={layout.plotBottom}
              stroke={palette.grid}
            />
            <text
              x={tick.x}
              y={layout.plotBottom + layout.fontSize * 1.3}
              textAnchor="middle"
              fill={palette.muted}
            >
              {formatTick(tick.value)}
            </text>
          </g>
        ))}
        {layout.rows.map((row) => (
          <g key={row.key} data-key={row.key}>
            <text
              x={layout.prefixX}
              y={row.prefixY}
              textAnchor="end"
              dominantBaseline={layout.stacked ? undefined : 'central'}
              fill={palette.muted}
            >
              {row.prefix}
            </text>
            {row.labelLines.map((line) => (
              <text key={line.y} x={line.x} y={line.y} fill={palette.ink}>
                {line.text}
              </text>
            ))}
            <line
              x1={row.referenceX}
              x2={row.comparisonX}
              y1={row.y}
              y2={row.y}
              stroke={palette.muted}
              strokeWidth={1.5}
            />
            <circle cx={row.referenceX} cy={row.y} r={radius} fill={palette.blue} />
            <rect
              x={row.comparisonX - radius}
              y={row.y - radius}
              width={radius * 2}
              height={radius * 2}
              transform={`rotate(45 ${row.comparisonX} ${row.y})`}
              fill="#fff"
              stroke={palette.vermillion}
              strokeWidth={2}
            />
            <text
              x={layout.noteX}
              y={row.y}
              textAnchor="end"
              dominantBaseline="central"
              fill={palette.ink}
            >
              {row.note}
            </text>
          </g>
        ))}
        {activeRow ? (
          <FocusRing
            x={1}
            y={
              Math.min(activeRow.labelLines[0]?.y ?? activeRow.y, activeRow.y) -
              layout.fontSize * 0.9
            }
            width={layout.width - 2}
            height={
              Math.abs((activeRow.labelLines.at(-1)?.y ?? activeRow.y) - activeRow.y) +
              layout.fontSize * 1.8
            }
            rx={layout.fontSize / 4}
          />
        ) : null}
      </svg>
      <MarkAnnouncement>{activeRow ? describeRow(activeRow) : ''}</MarkAnnouncement>
    </>
  );
}
