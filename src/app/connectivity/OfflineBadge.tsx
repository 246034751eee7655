import { useRouterState } from '@tanstack/react-router';
import { useState } from 'react';
import { useI18n } from '../../i18n/I18nProvider';
import { formatFetchedAt } from './dataFreshness';
import { reloadIntoNewVersion, useUpdateAvailable } from './serviceWorker';
import { useOnline } from './useOnline';
import { useShownDataFetchedAt } from './useShownDataFetchedAt';
import './connectivity.css';

function OfflineStatus() {
  const { t, lang } = useI18n();
  const fetchedAt = useShownDataFetchedAt();
  // Only to tell whether the data is from an earlier day; the badge is not a clock.
  const [offlineSince] = useState(() => Date.now());
  const text =
    fetchedAt === null
      ? t.connectivity.offline
      : fetchedAt === 'unknown'
        ? t.connectivity.offlineSavedData
        : t.connectivity.offlineDataFrom(formatFetchedAt(fetchedAt, offlineSince, lang));
  return (
    <p className="connectivity__offline">
      {text}
      <span className="visually-hidden"> {t.connectivity.offlineExplanation}</span>
    </p>
  );
}

function UpdateNote() {
  const { t } = useI18n();
  return (
    <p className="connectivity__update">
      {t.connectivity.updateAvailable}{' '}
      <button type="button" className="link-button" onClick={reloadIntoNewVersion}>
        {t.connectivity.reload}
      </button>
    </p>
  );
}

/**
 * A discreet badge while the network is gone: "offline · data from hh:mm", the time the data on
 * screen was fetched. Outside presentation it also offers a new version, never loading it by itself.
 */
export function OfflineBadge() {
  const online = useOnline();
  const updateAvailable = useUpdateAvailable();
  const presenting = useRouterState({
    select: (state) => state.location.pathname.startsWith('/present'),
  });
  const offerUpdate = updateAvailable && !presenting;
  if (online && !offerUpdate) return null;
  return (
    <div className="connectivity" role="status">
      {online ? null : <OfflineStatus />}
      {offerUpdate ? <UpdateNote /> : null}
    </div>
  );
}
