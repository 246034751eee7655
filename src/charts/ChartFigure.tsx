import { useId, type ReactNode, type Ref } from 'react';
import { ChartErrorBoundary } from './ChartErrorBoundary';

export interface ChartFigureProps {
  title: string;
  subtitle?: ReactNode;
  /** The provenance mark (published / illustrative) shown beside the title. */
  badge?: ReactNode;
  /** Source lines under the chart. */
  footer?: ReactNode;
  /** Shown instead of the chart when drawing it throws. */
  crashedMessage: string;
  children: ReactNode;
  /** The figure's element id, the target of a link to this chart (`#survey-national`). */
  id?: string;
  /** Controls beside the badge in the header, such as a table toggle and downloads. */
  actions?: ReactNode;
  figureRef?: Ref<HTMLElement>;
}

/** A chart's frame: a `<figure>` with a visible title, its marks, and sources in the footer. */
export function ChartFigure({
  title,
  subtitle,
  badge,
  footer,
  crashedMessage,
  children,
  id,
  actions,
  figureRef,
}: ChartFigureProps) {
  const titleId = useId();
  return (
    <figure ref={figureRef} id={id} className="chart-figure" aria-labelledby={titleId}>
      <div className="chart-figure__header">
        <h2 id={titleId} className="chart-figure__title">
          {title}
        </h2>
        {actions ? (
          <div className="chart-figure__tools">
            {badge}
            {actions}
          </div>
        ) : (
          badge
        )}
      </div>
      {subtitle ? <p className="chart-figure__subtitle">{subtitle}</p> : null}
      <ChartErrorBoundary message={crashedMessage}>{children}</ChartErrorBoundary>
      {footer ? <figcaption className="chart-figure__footer">{footer}</figcaption> : null}
    </figure>
  );
}
