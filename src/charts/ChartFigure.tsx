import { useId, type ReactNode } from 'react';
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
}

/** A chart's frame: a `<figure>` with a visible title, its marks, and sources in the footer. */
export function ChartFigure({
  title,
  subtitle,
  badge,
  footer,
  crashedMessage,
  children,
}: ChartFigureProps) {
  const titleId = useId();
  return (
    <figure className="chart-figure" aria-labelledby={titleId}>
      <div className="chart-figure__header">
        <h2 id={titleId} className="chart-figure__title">
          {title}
        </h2>
        {badge}
      </div>
      {subtitle ? <p className="chart-figure__subtitle">{subtitle}</p> : null}
      <ChartErrorBoundary message={crashedMessage}>{children}</ChartErrorBoundary>
      {footer ? <figcaption className="chart-figure__footer">{footer}</figcaption> : null}
    </figure>
  );
}
