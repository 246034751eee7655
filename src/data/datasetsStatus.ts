/** The part of a TanStack query result that says how its dataset is doing. */
export interface DatasetQuery {
  data: unknown;
  error: Error | null;
  isPending: boolean;
  isError: boolean;
  refetch: () => unknown;
}

export interface DatasetsStatus {
  /** Some dataset has not arrived yet. */
  pending: boolean;
  /** The first failure of a dataset that has no data to show instead. */
  loadError: Error | null;
  /** A refresh failed, but earlier data is still shown. */
  refreshFailed: boolean;
  /** Asks every dataset again. */
  retry: () => void;
}

/** How a view that needs all of `queries` stands: loading, failed, or showing (perhaps stale) data. */
export function datasetsStatus(queries: readonly DatasetQuery[]): DatasetsStatus {
  const failedWithoutData = queries.find((query) => query.isError && query.data === undefined);
  return {
    pending: queries.some((query) => query.isPending),
    loadError: failedWithoutData?.error ?? null,
    refreshFailed: queries.some((query) => query.isError && query.data !== undefined),
    retry: () => {
      for (const query of queries) void query.refetch();
    },
  };
}
