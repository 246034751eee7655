import { oneOf } from '../../data/urlValues';
import {
  parseNationalProjects,
  serializeNationalProjects,
  type NationalProjectsOption,
} from '../../filters/nationalProjects';

/** How the shared level filter acts on this view: emphasise the level, or keep only its projects. */
export const LEVEL_MODES = ['highlight', 'narrow'] as const;
export type LevelMode = (typeof LEVEL_MODES)[number];
export const DEFAULT_LEVEL_MODE: LevelMode = 'highlight';

/** The result-levels view's own URL state. */
export interface ResultsSearch extends NationalProjectsOption {
  levelMode: LevelMode;
}

export function parseResultsSearch(search: Record<string, unknown>): ResultsSearch {
  return {
    ...parseNationalProjects(search),
    levelMode:
      oneOf(LEVEL_MODES, Object.hasOwn(search, 'levelMode') ? search.levelMode : null) ??
      DEFAULT_LEVEL_MODE,
  };
}

export function serializeResultsSearch(state: ResultsSearch): {
  national?: 'every';
  levelMode?: LevelMode;
} {
  return {
    ...serializeNationalProjects(state),
    levelMode: state.levelMode === DEFAULT_LEVEL_MODE ? undefined : state.levelMode,
  };
}
