import type { ComponentType } from 'react';
import type { EmbedViewPath } from './embedCharts';

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
