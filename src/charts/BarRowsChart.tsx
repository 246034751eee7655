import type { BarRowsLayout } from './barRowsLayout';
import { palette } from './palette';

export interface BarRowsChartProps {
  layout: BarRowsLayout;
  formatValue: (value: number) => string;
  label: string;
}

/** Horizontal bars with a prefix (such as a rank), a wrapped label and the value at the bar's end. */
export function BarRowsChart({ layout, formatValue, label }: BarRowsChartProps) {
  return (
    <svg
      className="chart"
      role="img"
      aria-label={label}
      width={layout.width}
      height={layout.height}
      viewBox={`0 0 ${layout.width} ${layout.height}`}
      fontSize={layout.fontSize}
    >
      {layout.rows.map((row) => (
        <g key={row.key} data-key={row.key}>
          <text
            x={row.prefixX}
            y={row.prefixY}
            textAnchor="end"
            dominantBaseline={layout.stacked ? undefined : 'central'}
            fill={palette.muted}
            fontVariant="tabular-nums"
          >
            {row.prefix}
          </text>
          {row.labelLines.map((line) => (
            <text key={line.y} x={line.x} y={line.y} fill={palette.ink}>
              {line.text}
            </text>
          ))}
          <rect
            x={row.bar.x}
            y={row.bar.y}
            width={row.bar.width}
            height={row.bar.height}
            fill={palette.blue}
            rx={2}
          />
          <text
            x={row.valueX}
            y={row.valueY}
            dominantBaseline="central"
            fill={palette.ink}
            fontWeight={600}
          >
            {formatValue(row.value)}
          </text>
        </g>
      ))}
    </svg>
  );
}
