import { Link, useParams, useSearch } from '@tanstack/react-router';
import { Suspense, useEffect } from 'react';
import { ChartSkeleton } from '../charts/ChartStates';
import { FilterBar } from '../filters/FilterBar';
import { sharedFilters } from '../filters/filterSchema';
import { useI18n } from '../i18n/I18nProvider';
import { EMBED_HEIGHT_MESSAGE, UNFILTERED_CHARTS } from '../share/embedSnippet';
import { EMBED_CHARTS, isEmbedChartId } from './embedCharts';
import { dashboardSearch, isLocked } from './embedSearch';
import { PANEL_COMPONENTS } from './routeModules';
import { VIEWS } from './views';
import './embed.css';

const SKELETON_HEIGHT = 360;

/**
 * Tells the page that frames this one how tall its content is, on load and whenever that changes
 * (the root's own box, not its scroll height, which never falls below the frame's height).
 */
function useReportHeight(chartId: string) {
  useEffect(() => {
    if (window.parent === window) return;
    const root = document.documentElement;
    const post = () =>
      window.parent.postMessage(
        {
          type: EMBED_HEIGHT_MESSAGE,
          chartId,
          height: Math.ceil(root.getBoundingClientRect().height),
        },
        '*',
      );
    post();
    const observer = new ResizeObserver(post);
    observer.observe(root);
    return () => observer.disconnect();
  }, [chartId]);
}

/** `/embed/$chartId`: one chart with the filters of its URL, for an iframe on another site. */
export function EmbedPage() {
  const i18n = useI18n();
  const { t, lang } = i18n;
  const { chartId } = useParams({ from: '/embed/$chartId' });
  const search = useSearch({ from: '/embed/$chartId' }) as Record<string, unknown>;
  const viewPath = isEmbedChartId(chartId) ? EMBED_CHARTS[chartId] : undefined;
  const view = VIEWS.find((entry) => entry.path === viewPath);
  const title = view ? view.label(t) : t.app.name;
  useReportHeight(chartId);

  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = t.embed.pageTitle(title);
  }, [lang, t, title]);

  if (!viewPath || !view) {
    return (
      <main className="embed">
        <h1 className="embed__message">{t.embed.unknownChart(chartId)}</h1>
        <p>{t.embed.knownCharts}</p>
        <ul>
          {Object.keys(EMBED_CHARTS).map((known) => (
            <li key={known}>
              <Link
                to="/embed/$chartId"
                params={{ chartId: known }}
                search={{ ...sharedFilters(search), lock: isLocked(search) ? 1 : undefined }}
              >
                {known}
              </Link>
            </li>
          ))}
        </ul>
      </main>
    );
  }

  const Panel = PANEL_COMPONENTS[viewPath];
  return (
    <main className="embed">
      <h1 className="visually-hidden">{title}</h1>
      {isLocked(search) || UNFILTERED_CHARTS.has(chartId) ? null : (
        <div className="embed__filters">
          <FilterBar notApplicable={view.notApplicable(t, false)} omitNotApplicable />
        </div>
      )}
      <Suspense fallback={<ChartSkeleton height={SKELETON_HEIGHT} label={t.states.loading} />}>
        <Panel only={chartId} />
      </Suspense>
      <p className="embed__open">
        <Link
          to={viewPath}
          search={dashboardSearch(search)}
          target="_blank"
          rel="noopener noreferrer"
        >
          {t.embed.openInDashboard}
        </Link>
      </p>
    </main>
  );
}
