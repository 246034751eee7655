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

export interface LoadStatus {
  pending: boolean;
  loadError: { message: string } | null;
  retry: () => void;
}

/**
 * What a chart shows instead of its marks while its data loads or after it failed to load, or
 * `null` when the marks can be drawn.
 */
export function chartLoadState(
  status: LoadStatus,
  height: number,
  labels: { loading: string; errorTitle: string; retry: string },
): ReactNode {
  if (status.pending) return <ChartSkeleton height={height} label={labels.loading} />;
  if (status.loadError) {
    return (
      <ChartError
        title={labels.errorTitle}
        message={status.loadError.message}
        retryLabel={labels.retry}
        onRetry={status.retry}
      />
    );
  }
  return null;
}
