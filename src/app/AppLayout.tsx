import { Link, Outlet, useRouterState } from '@tanstack/react-router';
import { useEffect } from 'react';
import { FilterBar } from '../filters/FilterBar';
import { useFilters } from '../filters/useFilters';
import { sharedFilters } from '../filters/filterSchema';
import { useI18n } from '../i18n/I18nProvider';
import { LANGUAGES } from '../i18n/format';
import { viewAt, VIEWS } from './views';

const LANGUAGE_NAMES = { sv: 'Svenska', en: 'English' } as const;

/** The page shell: header with navigation and language, the shared filter bar, and the view. */
export function AppLayout() {
  const { t, lang } = useI18n();
  const { setFilters } = useFilters();
  const pathname = useRouterState({ select: (state) => state.location.pathname });
  const here = viewAt(pathname);
  const pageTitle = here ? `${here.view.label(t)} · ${t.app.name}` : t.app.name;

  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = pageTitle;
  }, [lang, pageTitle]);

  return (
    <>
      <a className="skip-link" href="#main">
        {t.app.skipToContent}
      </a>
      <header className="app-header">
        <div className="app-header__brand">
          <Link to="/" search={sharedFilters} className="app-header__name">
            {t.app.name}
          </Link>
          <span className="app-header__tagline">{t.app.tagline}</span>
        </div>
        <nav aria-label={t.app.navigation} className="app-nav">
          <ul>
            {VIEWS.map((view) => (
              <li key={view.path}>
                <Link
                  to={view.path}
                  search={sharedFilters}
                  activeOptions={{ exact: view.path === '/', includeSearch: false }}
                  activeProps={{ 'aria-current': 'page', className: 'is-active' }}
                >
                  {view.label(t)}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <div className="language-switch" role="group" aria-label={t.app.language}>
          {LANGUAGES.map((code) => (
            <button
              key={code}
              type="button"
              lang={code}
              aria-pressed={code === lang}
              onClick={() => setFilters({ lang: code })}
            >
              {LANGUAGE_NAMES[code]}
            </button>
          ))}
        </div>
      </header>
      <FilterBar notApplicable={here?.view.notApplicable(t, here.subpage)} />
      <main id="main" tabIndex={-1}>
        <Outlet />
      </main>
    </>
  );
}
