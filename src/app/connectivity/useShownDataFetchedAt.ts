import { useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useCallback, useSyncExternalStore } from 'react';
import { datasetUrl } from '../../data/loadDataset';
import { datasetResponseTimes, subscribeToDatasetResponses } from '../../data/datasetResponses';
import { shownDataFetchedAt, type DataFetchedAt, type HeldDataset } from './dataFreshness';

function heldDatasets(queryClient: QueryClient): HeldDataset[] {
  return queryClient
    .getQueryCache()
    .findAll({ queryKey: ['dataset'] })
    .flatMap((query) => {
      const file = query.queryKey[1];
      if (typeof file !== 'string' || query.state.data === undefined) return [];
      return [
        {
          url: datasetUrl(file),
          dataUpdatedAt: query.state.dataUpdatedAt,
          shown: query.getObserversCount() > 0,
        },
      ];
    });
}

/** When the data on screen was fetched from the network (see `shownDataFetchedAt`). */
export function useShownDataFetchedAt(): DataFetchedAt {
  const queryClient = useQueryClient();
  const subscribe = useCallback(
    (onChange: () => void) => {
      const unsubscribeQueries = queryClient.getQueryCache().subscribe(onChange);
      const unsubscribeReports = subscribeToDatasetResponses(onChange);
      return () => {
        unsubscribeQueries();
        unsubscribeReports();
      };
    },
    [queryClient],
  );
  return useSyncExternalStore(subscribe, () =>
    shownDataFetchedAt(heldDatasets(queryClient), datasetResponseTimes()),
  );
}
