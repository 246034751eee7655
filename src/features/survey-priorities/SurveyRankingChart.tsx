import type { BarRowsLayout } from '../../charts/barRowsLayout';
import { palette } from '../../charts/palette';

export interface SurveyRankingChartProps {
  layout: BarRowsLayout;
  formatValue: (value: number) => string;
  label: string;
}

/** Horizontal bars of the national shares, ranked; tied ranks carry the same number. */
export function SurveyRankingChart({ layout, formatValue, label }: SurveyRankingChartProps) {
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
        <g key={row.key} data-area={row.key}>
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
