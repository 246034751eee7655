import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, Outlet, useRouterState } from '@tanstack/react-router';
import { useEffect, useMemo, useRef, useState } from 'react';
import { regionsQuery } from '../data/queries';
import { FilterBar } from '../filters/FilterBar';
import { useFilters } from '../filters/useFilters';
import { sharedFilters } from '../filters/filterSchema';
import { useI18n } from '../i18n/I18nProvider';
import { LANGUAGES } from '../i18n/format';
import { storeSequence, useStoredSequence } from '../presentation/sequenceStorage';
import { FigureViewsContext } from '../share/figureViews';
import { OfflineBadge } from './connectivity/OfflineBadge';
import {
  appendStep,
  decodeSteps,
  DEFAULT_STORY,
  presentStepSearch,
  startingStep,
  stepFromView,
} from './presentationSteps';
import { useTableViews } from './useTableViews';
import { usePanelsPreloadedWhenSettled } from './viewPanels';
import { viewAt, VIEWS } from './views';
import '../presentation/presentation.css';

const LANGUAGE_NAMES = { sv: 'Svenska', en: 'English' } as const;

/**
 * "Present" starts the presenter's own sequence (else the default story) at this view, and
 * "Add this view as a step" appends the view, with its filters, to the presenter's own sequence.
 */
function PresentActions() {
  const i18n = useI18n();
  const { t, lang } = i18n;
  const { pathname, search } = useRouterState({ select: (state) => state.location });
  const href = useRouterState({ select: (state) => state.location.href });
  const stored = useStoredSequence();
  const ownSteps = useMemo(() => decodeSteps(stored), [stored]);
  const queryClient = useQueryClient();
  const regions = useQuery(regionsQuery);
  const [added, setAdded] = useState<{ href: string; count: number } | null>(null);

  const steps = ownSteps ?? DEFAULT_STORY;
  const start = startingStep(steps, pathname, search);
  const presentSearch = presentStepSearch(
    steps,
    start.index,
    { seq: ownSteps && stored ? stored : undefined, lang },
    start.viewSearch,
  );
  const thisView = stepFromView(pathname, search, regions.data?.regions, i18n);
  const addThisView = async () => {
    // The step's title names the region: wait for the region names rather than store a code.
    const regionList =
      regions.data?.regions ??
      (await queryClient.fetchQuery(regionsQuery).catch(() => undefined))?.regions;
    const step = stepFromView(pathname, search, regionList, i18n);
    const next = step ? appendStep(ownSteps ?? [], step) : null;
    if (!next) return;
    storeSequence(next.seq);
    setAdded({ href, count: next.steps.length });
  };

  return (
    <div className="present-actions">
      <Link to="/present" search={presentSearch} className="button present-actions__present">
        <span aria-hidden="true">▶ </span>
        {ownSteps ? t.present.presentOwn(ownSteps.length) : t.present.present}
      </Link>
      {thisView ? (
        <button type="button" className="toggle" onClick={() => void addThisView()}>
          <span aria-hidden="true">+ </span>
          {t.present.addStep}
        </button>
      ) : null}
      <p role="status" className="present-actions__status">
        {added && added.href === href ? t.present.stepAdded(added.count) : ''}
      </p>
    </div>
  );
}

/** The page shell: header with navigation and language, the shared filter bar, and the view. */
export function AppLayout() {
  const { t, lang } = useI18n();
  const { setFilters } = useFilters();
  const pathname = useRouterState({ select: (state) => state.location.pathname });
  const here = viewAt(pathname);
  // A page below a view (a project's record) and the page of an unknown address name themselves.
  const pageTitle = here && !here.subpage ? `${here.view.label(t)} · ${t.app.name}` : null;
  usePanelsPreloadedWhenSettled();
  const tableViews = useTableViews();

  useEffect(() => {
    document.documentElement.lang = lang;
    if (pageTitle) document.title = pageTitle;
  }, [lang, pageTitle]);

  // After a move to another page (not a filter change), keyboard and screen reader users start at
  // its content, as after a page load, rather than on the link they left or on the page body.
  const shownPath = useRef(pathname);
  useEffect(() => {
    if (shownPath.current === pathname) return;
    shownPath.current = pathname;
    document.getElementById('main')?.focus({ preventScroll: true });
  }, [pathname]);

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
        <OfflineBadge />
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
      <div className="app-toolbar">
        <FilterBar notApplicable={here?.view.notApplicable(t, here.subpage)} />
        <PresentActions />
      </div>
      <main id="main" tabIndex={-1}>
        <FigureViewsContext value={tableViews}>
          <Outlet />
        </FigureViewsContext>
      </main>
    </>
  );
}
