import { palette } from './palette';
import type { TimeTick } from './timeAxis';

/** A time axis along the top of a plot: a label above each tick and a grid line down the plot. */
export function TimeAxis({
  ticks,
  plotTop,
  plotBottom,
  fontSize,
  formatTick,
}: {
  ticks: readonly TimeTick[];
  plotTop: number;
  plotBottom: number;
  fontSize: number;
  formatTick: (value: Date) => string;
}) {
  return ticks.map((tick) => (
    <g key={tick.value.getTime()}>
      <line
        x1={tick.x}
        x2={tick.x}
        y1={plotTop - fontSize * 0.4}
        y2={plotBottom}
        stroke={palette.grid}
        strokeWidth={fontSize / 14}
      />
      <text
        x={tick.x}
        y={plotTop - fontSize * 0.7}
        textAnchor="middle"
        fill={palette.muted}
        fontVariant="tabular-nums"
      >
        {formatTick(tick.value)}
      </text>
    </g>
  ));
}
