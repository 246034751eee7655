import { FocusRing, MarkAnnouncement } from './MarkFocus';
import { palette } from './palette';
import { TimeAxis } from './TimeAxis';
import type { RunningCountLayout } from './runningCountLayout';
import { useRovingMarks } from './useRovingMarks';

export interface RunningCountChartProps {
  layout: RunningCountLayout;
  label: string;
  formatTick: (value: Date) => string;
  formatCount: (value: number) => string;
  /** What the keyboard announces for period `index`. */
  describePeriod: (index: number) => string;
}

/** Counts over time as filled steps; arrow keys move through the periods one at a time. */
export function RunningCountChart({
  layout,
  label,
  formatTick,
  formatCount,
  describePeriod,
}: RunningCountChartProps) {
  const { active, chartProps } = useRovingMarks(layout.periods.length);
  const activePeriod = active === null ? undefined : layout.periods[active];
  const stroke = layout.fontSize / 14;
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
        {layout.yTicks.map((tick) => (
          <g key={tick.value}>
            <line
              x1={layout.plotLeft}
              x2={layout.plotRight}
              y1={tick.y}
              y2={tick.y}
              stroke={palette.grid}
              strokeWidth={stroke}
            />
            <text
              x={layout.plotLeft - layout.fontSize * 0.4}
              y={tick.y}
              textAnchor="end"
              dominantBaseline="central"
              fill={palette.muted}
              fontVariant="tabular-nums"
            >
              {formatCount(tick.value)}
            </text>
          </g>
        ))}
        <TimeAxis
          ticks={layout.xTicks}
          plotTop={layout.plotTop}
          plotBottom={layout.plotBottom}
          fontSize={layout.fontSize}
          formatTick={formatTick}
        />
        <path d={layout.areaPath} fill={palette.blue} fillOpacity={0.25} />
        <path d={layout.linePath} fill="none" stroke={palette.blue} strokeWidth={stroke * 2} />
        {activePeriod ? (
          <FocusRing
            x={activePeriod.x}
            y={layout.plotTop}
            width={Math.max(activePeriod.width, 2)}
            height={layout.plotBottom - layout.plotTop}
            rx={0}
          />
        ) : null}
      </svg>
      <MarkAnnouncement>{active === null ? '' : describePeriod(active)}</MarkAnnouncement>
    </>
  );
}
