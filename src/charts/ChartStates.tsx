import type { ReactNode } from 'react';

/** A placeholder of the chart's final size, so nothing moves when the data arrives. */
export function ChartSkeleton({ height, label }: { height: number; label: string }) {
  return (
    <div className="chart-skeleton" role="status" style={{ height }}>
      <span className="visually-hidden">{label}</span>
    </div>
  );
}

export function ChartError({
  title,
  message,
  retryLabel,
  onRetry,
}: {
  title: string;
  message: string;
  retryLabel: string;
  onRetry?: () => void;
}) {
  return (
    <div role="alert" className="chart-state chart-state--error">
      <p className="chart-state__title">{title}</p>
      <p className="chart-state__message">
        <code>{message}</code>
      </p>
      {onRetry ? (
        <button type="button" className="button" onClick={onRetry}>
          {retryLabel}
        </button>
      ) : null}
    </div>
  );
}

export function ChartEmpty({ children }: { children: ReactNode }) {
  return <div className="chart-state chart-state--empty">{children}</div>;
}
