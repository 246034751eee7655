import { Link } from '@tanstack/react-router';
import { useEffect } from 'react';
import { sharedFilters } from '../filters/filterSchema';
import { useI18n } from '../i18n/I18nProvider';

export function NotFoundPage() {
  const { t } = useI18n();
  useEffect(() => {
    document.title = `${t.app.notFoundTitle} · ${t.app.name}`;
  }, [t]);
  return (
    <div className="view">
      <h1 className="view__title">{t.app.notFoundTitle}</h1>
      <p>{t.app.notFoundBody}</p>
      <p>
        <Link to="/" search={sharedFilters}>
          {t.app.backToOverview}
        </Link>
      </p>
    </div>
  );
}
