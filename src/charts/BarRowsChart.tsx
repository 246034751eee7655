import type { BarRowsLayout } from './barRowsLayout';
import { FocusRing, MarkAnnouncement } from './MarkFocus';
import { palette } from './palette';
import { useRovingMarks } from './useRovingMarks';

export interface BarRowsChartProps {
  layout: BarRowsLayout;
  formatValue: (value: number) => string;
  label: string;
  /** Said after a focused bar's value: where the values come from ("illustrative data"). */
  valueNote?: string;
}

/**
 * Horizontal bars with a prefix (such as a rank), a wrapped label and the value at the bar's end.
 * Each row is moved as a whole with a CSS transform, and its value label with another, so that
 * where transitions are on (presentation mode) a row slides to its new place and its value
 * follows the growing bar instead of jumping.
 */
export function BarRowsChart({ layout, formatValue, label, valueNote }: BarRowsChartProps) {
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
        {layout.rows.map((row) => (
          <g
            key={row.key}
            data-key={row.key}
            className="chart-moving"
            style={{ transform: `translateY(${row.top}px)` }}
          >
            <text
              x={row.prefixX}
              y={row.prefixY - row.top}
              textAnchor="end"
              dominantBaseline={layout.stacked ? undefined : 'central'}
              fill={palette.muted}
              fontVariant="tabular-nums"
            >
              {row.prefix}
            </text>
            {row.labelLines.map((line) => (
              <text key={line.y} x={line.x} y={line.y - row.top} fill={palette.ink}>
                {line.text}
              </text>
            ))}
            <rect
              x={row.bar.x}
              y={row.bar.y - row.top}
              width={row.bar.width}
              height={row.bar.height}
              fill={palette.blue}
              rx={layout.fontSize / 8}
            />
            <g className="chart-moving" style={{ transform: `translateX(${row.valueX}px)` }}>
              <text
                x={0}
                y={row.valueY - row.top}
                dominantBaseline="central"
                fill={palette.ink}
                fontWeight={600}
              >
                {formatValue(row.value)}
              </text>
            </g>
          </g>
        ))}
        {activeRow ? (
          <FocusRing
            x={1}
            y={activeRow.top + 1}
            width={layout.width - 2}
            height={
              Math.max(
                activeRow.bar.y + activeRow.bar.height,
                activeRow.labelLines.at(-1)?.y ?? 0,
              ) -
              activeRow.top +
              layout.fontSize * 0.4
            }
            rx={layout.fontSize / 4}
          />
        ) : null}
      </svg>
      <MarkAnnouncement>
        {activeRow
          ? `${activeRow.prefix ? `${activeRow.prefix} ` : ''}${activeRow.label}: ${formatValue(activeRow.value)}${valueNote ? ` (${valueNote})` : ''}`
          : ''}
      </MarkAnnouncement>
    </>
  );
}
