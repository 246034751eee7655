import { periodKinds, PERIOD_STYLES } from './periodKinds';
import type { TimelineItem, TimelineLayout } from './timelineLayout';
import { FocusRing, MarkAnnouncement } from './MarkFocus';
import { DIMMED_OPACITY, palette, textInk } from './palette';
import type { MarkProvenance } from './ProvenanceBadge';
import { PatternDef, patternFill, PatternSwatch, useSvgId } from './patterns';
import { TimeAxis } from './TimeAxis';
import { useRovingMarks } from './useRovingMarks';

export interface TimelineChartProps {
  layout: TimelineLayout;
  label: string;
  /** Formats an axis tick, e.g. as a year. */
  formatTick: (value: Date) => string;
  /** Keys of items to draw emphasised; the others are drawn muted when any is given. */
  highlighted?: ReadonlySet<string>;
  /** What the keyboard announces for an item; by default its label and its years. */
  describeItem?: (item: TimelineItem) => string;
}

/** The bar textures a timeline shows, in words: drawn only for the kinds it has. */
export function PeriodLegend({
  kinds,
  labels,
  label,
}: {
  kinds: readonly MarkProvenance[];
  /** The legend's name: what its entries explain. */
  label: string;
  labels: Readonly<Record<MarkProvenance, string>>;
}) {
  const id = useSvgId();
  return (
    <ul className="chart-legend" aria-label={label}>
      {kinds.map((kind) => (
        <li key={kind}>
          <PatternSwatch id={`${id}-${kind}`} style={PERIOD_STYLES[kind]} />
          {labels[kind]}
        </li>
      ))}
    </ul>
  );
}

/** One bar per item from its start to its end, under a shared time axis. */
export function TimelineChart({
  layout,
  label,
  formatTick,
  highlighted,
  describeItem = (item) => `${item.label}: ${formatTick(item.start)}–${formatTick(item.end)}`,
}: TimelineChartProps) {
  const anyHighlighted = highlighted !== undefined && highlighted.size > 0;
  const { active, chartProps } = useRovingMarks(layout.items.length);
  const activeItem = active === null ? undefined : layout.items[active];
  const patternId = useSvgId();
  const textured = periodKinds(layout.items).filter(
    (kind) => PERIOD_STYLES[kind].pattern !== 'solid',
  );
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
        {textured.length > 0 ? (
          <defs>
            {textured.map((kind) => (
              <PatternDef key={kind} id={`${patternId}-${kind}`} style={PERIOD_STYLES[kind]} />
            ))}
          </defs>
        ) : null}
        <TimeAxis
          ticks={layout.ticks}
          plotTop={layout.plotTop}
          plotBottom={layout.plotBottom}
          fontSize={layout.fontSize}
          formatTick={formatTick}
        />
        {layout.items.map((item) => {
          const muted = anyHighlighted && !highlighted.has(item.key);
          return (
            <g key={item.key} data-key={item.key}>
              <text
                x={layout.plotLeft - layout.fontSize * 0.5}
                y={item.y + item.height / 2}
                textAnchor="end"
                dominantBaseline="central"
                fill={textInk(muted)}
              >
                {item.labelText}
              </text>
              <rect
                x={item.x}
                y={item.y}
                width={item.width}
                height={item.height}
                rx={layout.fontSize / 8}
                fill={
                  item.provenance && PERIOD_STYLES[item.provenance].pattern !== 'solid'
                    ? patternFill(`${patternId}-${item.provenance}`)
                    : palette.blue
                }
                stroke={palette.blue}
                opacity={muted ? DIMMED_OPACITY : 1}
                data-provenance={item.provenance}
              />
            </g>
          );
        })}
        {activeItem ? (
          <FocusRing
            x={1}
            y={activeItem.y - layout.fontSize * 0.2}
            width={layout.width - 2}
            height={activeItem.height + layout.fontSize * 0.4}
            rx={layout.fontSize / 4}
          />
        ) : null}
      </svg>
      <MarkAnnouncement>{activeItem ? describeItem(activeItem) : ''}</MarkAnnouncement>
    </>
  );
}
