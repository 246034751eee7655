import { findRegion } from '../data/regionTree';
import type { Region } from '../data/regionsSchema';
import { isPlainObject, oneOf } from '../data/urlValues';
import { parseFilters, serializeFilters } from '../filters/filterSchema';
import type { I18n } from '../i18n/I18nProvider';
import type { Language } from '../i18n/format';
import { decodeSequence, encodeSequence } from '../presentation/sequenceCodec';
import { clampStep, parseStepNumber } from '../presentation/stepNavigation';
import { joinCaption } from '../presentation/presentationText';
import { viewAt, VIEWS } from './views';
import { VIEW_SEARCH } from './viewSearch';

/** The views a presentation step can show. */
export const STEP_PATHS = ['/survey', '/sectors', '/results', '/projects'] as const;
export type StepPath = (typeof STEP_PATHS)[number];

/** A saved view state: a view, its URL search (filters and the view's own keys) and a title. */
export interface PresentationStep {
  path: StepPath;
  /** The view's search as it appears in the URL, without `lang` (the audience's language stays). */
  search: Record<string, string>;
  /** One line: in both languages for the default story, free text for a presenter's own steps. */
  title: string | Record<Language, string>;
  /** The chart figure (numbered from 1 in the view) the step is about: it is scrolled into view. */
  highlight?: number;
}

/** The default story: what the data says, in the order a talk would tell it. */
export const DEFAULT_STORY: readonly PresentationStep[] = [
  {
    path: '/survey',
    search: {},
    title: {
      sv: 'Högst prioriterat nationellt: vad tjänstepersoner helst vill lära sig',
      en: 'Top priorities nationally: what officials most want to learn',
    },
  },
  {
    path: '/survey',
    search: { region: 'SE-AB' },
    title: {
      sv: 'Stockholms län mot riket (de regionala siffrorna är exempeldata)',
      en: 'Stockholm County against the nation (the regional figures are illustrative)',
    },
    highlight: 2,
  },
  {
    path: '/sectors',
    search: {},
    title: {
      sv: 'Sverige och världen: vilka sektorer som deltar oftast',
      en: 'Sweden and the world: which sectors take part most often',
    },
  },
  {
    path: '/results',
    search: {},
    title: {
      sv: 'På vilka nivåer projekten redovisar resultat (exempeldata)',
      en: 'At which levels projects report results (illustrative)',
    },
  },
  {
    path: '/results',
    search: { region: 'SE22', level: 'organisation', levelMode: 'narrow' },
    title: {
      sv: 'Sydsverige: projekt med resultat på organisationsnivå (exempeldata)',
      en: 'South Sweden: projects with results at the organisation level (illustrative)',
    },
  },
  {
    path: '/projects',
    search: {},
    title: {
      sv: 'Var och när projekten pågår (de flesta är exempeldata)',
      en: 'Where and when the projects run (most are illustrative)',
    },
  },
];

/** The presentation's own URL keys; everything else in its search belongs to the current step. */
export const PRESENT_KEYS = ['step', 'seq', 'refresh', 'auto'] as const;

/**
 * The search a view reads, cleaned by the view's own rules: bad values fall back to defaults,
 * defaults and other views' keys are left out, and so is `lang`.
 */
export function stepSearch(
  path: StepPath,
  search: Record<string, unknown>,
): Record<string, string> {
  const { region, level } = serializeFilters(parseFilters(search));
  const cleaned: Record<string, string> = {};
  for (const [key, value] of Object.entries({ region, level, ...VIEW_SEARCH[path](search) })) {
    if (value !== undefined && value !== null) cleaned[key] = String(value);
  }
  return cleaned;
}

const HOSTILE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
/** The most steps a sequence has; with titles and filters it stays within the `seq` length limit. */
export const MAX_STEPS = 30;
const MAX_TEXT = 200;

/** Trimmed text of 1 to MAX_TEXT characters, or null. */
function stepText(value: unknown): string | null {
  const text = typeof value === 'string' ? value.trim() : '';
  return text.length >= 1 && text.length <= MAX_TEXT ? text : null;
}

const hasOnlyKeys = (value: Record<string, unknown>, keys: readonly string[]) =>
  Object.keys(value).every((key) => keys.includes(key));

function parseStepTitle(value: unknown): PresentationStep['title'] | null {
  if (!isPlainObject(value)) return stepText(value);
  const sv = stepText(value.sv);
  const en = stepText(value.en);
  return sv !== null && en !== null && hasOnlyKeys(value, ['sv', 'en']) ? { sv, en } : null;
}

const SEARCH_KEY = /^[A-Za-z]{1,20}$/;
const isSearchValue = (value: unknown) =>
  (typeof value === 'string' && value.length <= MAX_TEXT) ||
  (typeof value === 'number' && Number.isFinite(value)) ||
  typeof value === 'boolean';

function stepSearchValues(value: unknown): Record<string, unknown> | null {
  if (value === undefined) return {};
  if (!isPlainObject(value)) return null;
  const valid = Object.entries(value).every(
    ([key, item]) => SEARCH_KEY.test(key) && !HOSTILE_KEYS.has(key) && isSearchValue(item),
  );
  return valid ? value : null;
}

// The encoded form is compact: p(ath), s(earch), t(itle), h(ighlight).
function parseStep(value: unknown): PresentationStep | null {
  if (!isPlainObject(value) || !hasOnlyKeys(value, ['p', 's', 't', 'h'])) return null;
  const path = oneOf(STEP_PATHS, value.p);
  const search = stepSearchValues(value.s);
  const title = parseStepTitle(value.t);
  const { h: highlight } = value;
  const validHighlight =
    highlight === undefined ||
    (typeof highlight === 'number' &&
      Number.isInteger(highlight) &&
      highlight >= 1 &&
      highlight <= 20);
  if (path === null || search === null || title === null || !validHighlight) return null;
  return {
    path,
    search: stepSearch(path, search),
    title,
    ...(highlight === undefined ? {} : { highlight: highlight as number }),
  };
}

function parseSteps(value: unknown): PresentationStep[] | null {
  if (!Array.isArray(value) || value.length < 1 || value.length > MAX_STEPS) return null;
  const steps = value.map(parseStep);
  return steps.every((step) => step !== null) ? (steps as PresentationStep[]) : null;
}

/** A presenter's sequence as the compact `seq` URL value. */
export function encodeSteps(steps: readonly PresentationStep[]): string {
  return encodeSequence(
    steps.map((step) => ({
      p: step.path,
      ...(Object.keys(step.search).length > 0 ? { s: step.search } : {}),
      t: step.title,
      ...(step.highlight === undefined ? {} : { h: step.highlight }),
    })),
  );
}

/** A sequence from a `seq` URL value, or `null` when it is missing, malformed or hostile. */
export function decodeSteps(encoded: unknown): PresentationStep[] | null {
  return decodeSequence(encoded, parseSteps);
}

/** A whole number of seconds within the limits, or `undefined` (off). */
function parseSeconds(value: unknown, min: number, max: number): number | undefined {
  const number = typeof value === 'string' && /^\d{1,5}$/.test(value) ? Number(value) : value;
  return typeof number === 'number' && Number.isInteger(number) && number >= min && number <= max
    ? number
    : undefined;
}

export const REFRESH_LIMITS = { min: 10, max: 3600 } as const;
export const AUTO_ADVANCE_LIMITS = { min: 5, max: 3600 } as const;

/** The validated search of `/present`. */
export interface PresentSearch {
  step: number;
  seq?: string;
  /** Refetch the data every so many seconds. */
  refresh?: number;
  /** Go to the next step every so many seconds. */
  auto?: number;
}

/**
 * `/present`'s search: the step number (clamped to the sequence), a valid `seq` or none (the
 * default story), the intervals, and the current step's view search cleaned by that view's rules.
 */
export function validatePresentSearch(
  search: Record<string, unknown>,
): PresentSearch & Record<string, unknown> {
  const custom = decodeSteps(search.seq);
  const steps = custom ?? DEFAULT_STORY;
  const step = clampStep(parseStepNumber(search.step), steps.length);
  const current = steps[step - 1] ?? DEFAULT_STORY[0]!;
  return {
    ...stepSearch(current.path, search),
    step,
    seq: custom ? (search.seq as string) : undefined,
    refresh: parseSeconds(search.refresh, REFRESH_LIMITS.min, REFRESH_LIMITS.max),
    auto: parseSeconds(search.auto, AUTO_ADVANCE_LIMITS.min, AUTO_ADVANCE_LIMITS.max),
  };
}

/** The search that shows `steps[index]`, keeping the presentation's settings and the language. */
export function presentStepSearch(
  steps: readonly PresentationStep[],
  index: number,
  keep: { seq?: string; refresh?: number; auto?: number; lang?: Language },
  viewSearch?: Record<string, string>,
): PresentSearch & Record<string, unknown> {
  const step = clampStep(index + 1, steps.length);
  return {
    ...(viewSearch ?? steps[step - 1]?.search ?? {}),
    step,
    seq: keep.seq,
    refresh: keep.refresh,
    auto: keep.auto,
    lang: keep.lang === 'sv' ? undefined : keep.lang,
  };
}

function sameSearch(a: Record<string, string>, b: Record<string, string>): boolean {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((key) => a[key] === b[key]);
}

/**
 * Where "Present" on a view starts: the step that shows this view with these filters, else the
 * first step of this view showing the view as it is now, else the first step.
 */
export function startingStep(
  steps: readonly PresentationStep[],
  pathname: string,
  search: Record<string, unknown>,
): { index: number; viewSearch?: Record<string, string> } {
  const path = STEP_PATHS.find((candidate) => candidate === viewAt(pathname)?.view.path);
  if (!path) return { index: 0 };
  const current = stepSearch(path, search);
  const exact = steps.findIndex((step) => step.path === path && sameSearch(step.search, current));
  if (exact >= 0) return { index: exact };
  const samePath = steps.findIndex((step) => step.path === path);
  return samePath >= 0 ? { index: samePath, viewSearch: current } : { index: 0 };
}

/** The step a view adds with "Add this view as a step"; its title names the view and filters. */
export function stepFromView(
  pathname: string,
  search: Record<string, unknown>,
  regions: readonly Region[] | undefined,
  i18n: I18n,
): PresentationStep | null {
  const path = STEP_PATHS.find((candidate) => candidate === viewAt(pathname)?.view.path);
  if (!path) return null;
  const cleaned = stepSearch(path, search);
  const view = VIEWS.find((entry) => entry.path === path);
  const title = joinCaption([
    view?.label(i18n.t),
    ...filterCaptionParts(path, cleaned, regions, i18n, { allRegions: false }),
  ]);
  return { path, search: cleaned, title };
}

/** The sequence with `step` added at the end, as its `seq` value, or `null` when it would be too long. */
export function appendStep(
  steps: readonly PresentationStep[],
  step: PresentationStep,
): { steps: PresentationStep[]; seq: string } | null {
  const next = [...steps, step];
  const seq = encodeSteps(next);
  return decodeSteps(seq) ? { steps: next, seq } : null;
}

/** A step's title in the current language. */
export function stepTitle(step: PresentationStep, i18n: I18n): string {
  return typeof step.title === 'string' ? step.title : i18n.text(step.title);
}

/** The caption's words for the step's filters: its region (or the whole country) and its level. */
export function filterCaptionParts(
  path: StepPath,
  search: Record<string, unknown>,
  regions: readonly Region[] | undefined,
  i18n: I18n,
  options: { allRegions: boolean },
): string[] {
  const { t } = i18n;
  const filters = parseFilters(search);
  const region = filters.region && regions ? findRegion(regions, filters.region) : undefined;
  const regionName = region ? i18n.text(region.name) : filters.region;
  const parts: string[] = [];
  if (regionName) parts.push(t.present.captionRegion(regionName));
  else if (options.allRegions) parts.push(t.present.captionRegion(t.filters.allRegions));
  const levelApplies = !VIEWS.find((view) => view.path === path)?.notApplicable(t, false).level;
  if (filters.level && levelApplies) {
    parts.push(t.present.captionLevel(t.filters.levels[filters.level]));
  }
  return parts;
}
