import { lazyRouteComponent, type AsyncRouteComponent } from '@tanstack/react-router';
import type { ComponentType } from 'react';
import { EMBED_CHARTS, isEmbedChartId, type EmbedViewPath } from './embedCharts';

type PanelComponent = ComponentType<{ only?: string }>;

/** A component's code, as React.lazy and the router's lazy components take it. */
type ComponentLoad<Component = ComponentType> = () => Promise<{ default: Component }>;

/**
 * Each view's panel module, loaded on its own so that an embed carries only the view of its
 * chart. The embed route's loader starts the import and the page's lazy component awaits the
 * same one, so the panel's code loads alongside the page's rather than after it.
 */
export const PANEL_MODULES: Record<EmbedViewPath, ComponentLoad<PanelComponent>> = {
  '/survey': () =>
    import('../features/survey-priorities/SurveyPrioritiesPanel').then((module) => ({
      default: module.SurveyPrioritiesPanel,
    })),
  '/sectors': () =>
    import('../features/sector-mix/SectorMixPanel').then((module) => ({
      default: module.SectorMixPanel,
    })),
  '/results': () =>
    import('../features/result-levels/ResultLevelsPanel').then((module) => ({
      default: module.ResultLevelsPanel,
    })),
  '/projects': () =>
    import('../features/projects/ProjectsPanel').then((module) => ({
      default: module.ProjectsPanel,
    })),
};

/**
 * Each view's panel as the router's lazy component: once its code is in (the router waits for a
 * route's component before it renders it, and the embed route's loader for its panel), it renders
 * at once. React.lazy would suspend its first render even then, and React holds a suspended chart
 * back until 300 ms after its fallback showed.
 */
export const PANEL_COMPONENTS: Record<EmbedViewPath, AsyncRouteComponent<{ only?: string }>> = {
  '/survey': lazyRouteComponent(PANEL_MODULES['/survey']),
  '/sectors': lazyRouteComponent(PANEL_MODULES['/sectors']),
  '/results': lazyRouteComponent(PANEL_MODULES['/results']),
  '/projects': lazyRouteComponent(PANEL_MODULES['/projects']),
};

/**
 * The pages that are not one view's panel. Each page's import lives here, once, so that the entry,
 * the router and the embed page all wait on the same download.
 */
export const PAGE_MODULES = {
  overview: () => import('./OverviewPage').then((module) => ({ default: module.OverviewPage })),
  projectRecord: () =>
    import('./ProjectRecordRoute').then((module) => ({ default: module.ProjectRecordRoute })),
  sources: () => import('./SourcesPage').then((module) => ({ default: module.SourcesPage })),
  embed: () => import('./EmbedPage').then((module) => ({ default: module.EmbedPage })),
  present: () => import('./PresentPage').then((module) => ({ default: module.PresentPage })),
};

/**
 * The components the page at `path` (without the app's base) renders first, as the router maps
 * the address (case-insensitively, as it does); none for an address it does not match.
 */
export function componentLoadsAt(path: string): ComponentLoad[] {
  const parts = path.split('/').filter(Boolean);
  const [first = '', second] = parts;
  const view = first.toLowerCase();
  if (parts.length === 0) return [PAGE_MODULES.overview];
  if (parts.length === 1) {
    if (view === 'survey' || view === 'sectors' || view === 'results' || view === 'projects') {
      return [PANEL_MODULES[`/${view}`]];
    }
    if (view === 'sources') return [PAGE_MODULES.sources];
    if (view === 'present') return [PAGE_MODULES.present];
    return [];
  }
  if (parts.length === 2 && second !== undefined) {
    if (view === 'projects') return [PAGE_MODULES.projectRecord];
    if (view === 'embed') {
      return isEmbedChartId(second)
        ? [PAGE_MODULES.embed, PANEL_MODULES[EMBED_CHARTS[second]]]
        : [PAGE_MODULES.embed];
    }
  }
  return [];
}

/**
 * Starts the components of the page the address opens on, so that their code downloads
 * alongside the app's own instead of once the app has run and its router has matched the
 * address; the router's lazy components then await the same imports. A failure here is left to
 * the router to show.
 */
export function startComponentLoadsAt(
  pathname: string,
  base: string = import.meta.env.BASE_URL,
): void {
  const path = pathInApp(pathname, base);
  if (path === null) return;
  for (const load of componentLoadsAt(path)) load().catch(() => undefined);
}

/**
 * `/results` from `/dashboard/results` when the app is served under `/dashboard/`, `/` from
 * `/dashboard`; null for an address outside the app.
 */
export function pathInApp(pathname: string, base: string): string | null {
  if (pathname.startsWith(base)) return pathname.slice(base.length - 1);
  if (`${pathname}/` === base) return '/';
  return null;
}
