import type { ComponentType } from 'react';
import { EMBED_CHARTS, isEmbedChartId, type EmbedViewPath } from './embedCharts';

export type PanelComponent = ComponentType<{ only?: string }>;

/**
 * Each view's panel module, loaded on its own so that an embed carries only the view of its
 * chart. The embed route's loader starts the import and the page's lazy component awaits the
 * same one, so the panel's code loads alongside the page's rather than after it.
 */
export const PANEL_MODULES: Record<EmbedViewPath, () => Promise<PanelComponent>> = {
  '/survey': () =>
    import('../features/survey-priorities/SurveyPrioritiesPanel').then(
      (module) => module.SurveyPrioritiesPanel,
    ),
  '/sectors': () =>
    import('../features/sector-mix/SectorMixPanel').then((module) => module.SectorMixPanel),
  '/results': () =>
    import('../features/result-levels/ResultLevelsPanel').then(
      (module) => module.ResultLevelsPanel,
    ),
  '/projects': () =>
    import('../features/projects/ProjectsPanel').then((module) => module.ProjectsPanel),
};

/** The pages that are not one view's panel. */
export const PAGE_MODULES = {
  overview: () => import('./OverviewPage').then((module) => module.OverviewPage),
  projectRecord: () => import('./ProjectRecordRoute').then((module) => module.ProjectRecordRoute),
  sources: () => import('./SourcesPage').then((module) => module.SourcesPage),
  embed: () => import('./EmbedPage').then((module) => module.EmbedPage),
  present: () => import('./PresentPage').then((module) => module.PresentPage),
};

type ModuleLoad = () => Promise<ComponentType>;

/** The code the page at `path` (without the app's base) renders first, as the router maps it. */
export function modulesAt(path: string): ModuleLoad[] {
  const [first = '', second] = path.split('/').filter(Boolean);
  switch (first) {
    case '':
      return [PAGE_MODULES.overview];
    case 'survey':
    case 'sectors':
    case 'results':
      return second === undefined ? [PANEL_MODULES[`/${first}`]] : [];
    case 'projects':
      return [second === undefined ? PANEL_MODULES['/projects'] : PAGE_MODULES.projectRecord];
    case 'sources':
      return [PAGE_MODULES.sources];
    case 'embed':
      return second !== undefined && isEmbedChartId(second)
        ? [PAGE_MODULES.embed, PANEL_MODULES[EMBED_CHARTS[second]]]
        : [PAGE_MODULES.embed];
    case 'present':
      return [PAGE_MODULES.present];
    default:
      return [];
  }
}

/**
 * Starts the code of the page the address opens on, so that it downloads alongside the app's
 * own code instead of once the app has run and its router has matched the address; the router's
 * lazy components then await the same imports. A failure here is left to the router to show.
 */
export function startModulesAt(pathname: string, base: string = import.meta.env.BASE_URL): void {
  for (const load of modulesAt(pathInApp(pathname, base))) load().catch(() => undefined);
}

/** `/results` from `/dashboard/results` when the app is served under `/dashboard/`. */
export function pathInApp(pathname: string, base: string): string {
  return pathname.startsWith(base) ? pathname.slice(base.length - 1) : pathname;
}
