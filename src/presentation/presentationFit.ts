import { useEffect, useLayoutEffect, useRef, useState, type RefObject } from 'react';
import { flushSync } from 'react-dom';
import { presentationRootFontSize, SMALLEST_PRESENTATION_FONT_SIZE } from './projectorScale';

/** Text shrinks by at most a third: the audience sees the screen's whole width at any resolution. */
const SMALLEST_FIT = 2 / 3;
/** A little short of the exact fit, since not everything on the page scales with the text. */
const FIT_MARGIN = 0.97;
/** Changes smaller than this are not made: the page would only shimmer. */
const SMALLEST_CHANGE = 0.02;
/** A chart that would end this much below the screen at the smallest fit keeps its full size. */
const TOO_TALL_AT_SMALLEST = 1.1;
/** Each change can move the chart's size again; after this many a step keeps its fit. */
const MOST_CHANGES_PER_STEP = 4;

/** Below the chart, to the screen's bottom: the controls show over it only while the pointer moves. */
const SCREEN_MARGIN_REM = 0.75;

const FIT_PROPERTY = '--presentation-fit';

/**
 * Puts `fit` on the page before React renders it: a chart measures its width in its own layout
 * effect, which runs before the fit's, and would otherwise measure the spacing of the fit before.
 */
function showFit(fit: number): void {
  document.documentElement.style.setProperty(FIT_PROPERTY, String(fit));
}

/** The smallest fit on a screen this wide: two thirds, and the text at least 12 px. */
export function smallestFit(viewportWidth: number): number {
  const readable = SMALLEST_PRESENTATION_FONT_SIZE / presentationRootFontSize(viewportWidth);
  return Math.min(1, Math.max(SMALLEST_FIT, readable));
}

/** Where a step's chart is on screen at the current fit, and where it must end. */
export interface ChartPlacement {
  /** Its top on screen, as the step shows it. */
  top: number;
  height: number;
  /** The lowest its end may be: the screen's bottom, less a margin. */
  limit: number;
}

/**
 * The fit (a factor on the presentation's text size) at which the chart would end a little above
 * its limit: smaller when it ends below the limit, larger when a smaller fit left room. Text,
 * spacing and chart rows scale together, so the page from its top to the chart's end shrinks or
 * grows about in proportion. Never below `smallest`, never above 1.
 */
export function nextFit(fit: number, placement: ChartPlacement, smallest: number): number {
  const { top, height, limit } = placement;
  const end = top + height;
  if (end <= 0 || limit <= 0) return fit;
  const overflows = end > limit;
  const hasRoom = fit < 1 && end < limit * FIT_MARGIN;
  if (!overflows && !hasRoom) return fit;
  const next = Math.min(1, Math.max(smallest, (fit * limit * FIT_MARGIN) / end));
  return Math.abs(next - fit) < SMALLEST_CHANGE ? fit : next;
}

/**
 * Whether the chart would still end far below its limit at the smallest fit: a long list or a
 * map, meant to be scrolled, which is better shown at the full size.
 */
export function tooTallToFit(fit: number, placement: ChartPlacement, smallest: number): boolean {
  const { top, height, limit } = placement;
  return ((top + height) * smallest) / fit > limit * TOO_TALL_AT_SMALLEST;
}

/** The search for a step's fit, measure by measure. */
export interface FitSearch {
  fit: number;
  /** Whether the chart was seen to end below its limit at some fit of this step. */
  overflowed: boolean;
  changes: number;
  done: boolean;
}

export function startFitSearch(fit: number): FitSearch {
  return { fit, overflowed: false, changes: 0, done: false };
}

/**
 * The search after one more measure of the chart at `search.fit`. The page does not scale
 * exactly with the text (labels wrap, some sizes are fixed), so a step may take a few changes:
 * it grows (from the fit of the step before) only until the chart is first seen to overflow,
 * then only shrinks, and after a few changes it stays. A chart too tall even at the smallest
 * fit, judged on the first measure or once the text is as small as it goes, returns to the full
 * size.
 */
export function advanceFitSearch(
  search: FitSearch,
  placement: ChartPlacement,
  smallest: number,
): FitSearch {
  if (search.done) return search;
  const { fit, changes } = search;
  if ((changes === 0 || fit <= smallest) && tooTallToFit(fit, placement, smallest)) {
    return { ...search, fit: 1, done: true };
  }
  const overflowed = search.overflowed || placement.top + placement.height > placement.limit;
  if (changes >= MOST_CHANGES_PER_STEP) return { ...search, overflowed, done: true };
  const next = nextFit(fit, placement, smallest);
  // Growing again after an overflow is how a page that does not scale evenly would oscillate.
  if (next === fit || (next > fit && overflowed)) return { ...search, overflowed };
  return { ...search, fit: next, overflowed, changes: changes + 1 };
}

/**
 * The search the page goes on with once a step has been fitted before its first paint: with the
 * changes counted afresh, as those measures may have caught a chart before it settled (a width
 * observed a frame later), but still only shrinking after an overflow. A chart judged too tall
 * keeps the full size.
 */
export function continuedFitSearch(search: FitSearch): FitSearch {
  const tooTall = search.done && search.changes < MOST_CHANGES_PER_STEP;
  return tooTall ? search : { ...search, changes: 0, done: false };
}

/** The chart a step shows: the one it highlights, else the view's first. */
export function stepFigure(
  stage: HTMLElement | null,
  highlight: number | undefined,
): HTMLElement | null {
  const figures = stage?.querySelectorAll<HTMLElement>('figure.chart-figure');
  return figures?.[(highlight ?? 1) - 1] ?? null;
}

/**
 * Where the step shows the figure: its place on the page (the step shows its view from the top),
 * or, for a chart the step scrolls in below the caption, where it is now.
 */
function placementOf(figure: HTMLElement, scrolledTo: boolean): ChartPlacement {
  const box = figure.getBoundingClientRect();
  // The sources under the chart may go below the screen: the caption keeps its provenance mark.
  const footer = figure.querySelector(':scope > .chart-figure__footer');
  const end = footer ? footer.getBoundingClientRect().top : box.bottom;
  const top = scrolledTo ? box.top : box.top + window.scrollY;
  const fontSize = Number.parseFloat(getComputedStyle(document.documentElement).fontSize);
  const margin = fontSize * SCREEN_MARGIN_REM || 0;
  return { top, height: end - box.top, limit: window.innerHeight - margin };
}

/**
 * The search after a measure of the step's chart at `fit` (looked up at each measure: the chart
 * may be drawn anew, an error and then a retry); as it was where the step shows no chart.
 */
function measuredSearch(
  search: FitSearch,
  fit: number,
  stage: HTMLElement | null,
  highlight: number | undefined,
  viewportWidth: number,
): FitSearch {
  const figure = stepFigure(stage, highlight);
  if (!figure) return { ...search, fit };
  return advanceFitSearch(
    { ...search, fit },
    placementOf(figure, highlight !== undefined),
    smallestFit(viewportWidth),
  );
}

/**
 * Shrinks the presentation's text (by at most a third, never below 12 px) until the step's chart
 * ends above the screen's bottom, and lets it grow back on a step with room: on a projector,
 * where every scrolling key steps, a chart taller than the screen would otherwise never show its
 * end. A chart too tall even then keeps the full size. Returns the fit, written to the page as
 * `--presentation-fit` for presentation.css.
 */
export function usePresentationFit(options: {
  stage: RefObject<HTMLElement | null>;
  /** Changes with the step shown: a new step may change the fit again. */
  stepKey: string;
  highlight: number | undefined;
  ready: boolean;
  viewportWidth: number;
}): number {
  const { stage, stepKey, highlight, ready, viewportWidth } = options;
  const [fit, setFit] = useState(1);
  const fitNow = useRef(fit);
  const search = useRef(startFitSearch(fit));

  useLayoutEffect(() => {
    fitNow.current = fit;
    showFit(fit);
  }, [fit]);
  // Removed only when presenting ends: a cleanup on each new fit would leave the charts' own
  // layout effects, which run between it and the next fit's, measuring a page without a fit.
  useLayoutEffect(
    () => () => {
      document.documentElement.style.removeProperty(FIT_PROPERTY);
    },
    [],
  );

  // A new step (or its data) finds its fit before the browser paints it, once the commit's own
  // effects have run (charts measure their width, a highlighted chart scrolls in): each change is
  // rendered at once and the chart measured again. The observer below answers a frame late, and
  // the audience saw that frame at the fit of the step before; it goes on with this search.
  useLayoutEffect(() => {
    if (!ready) return;
    search.current = startFitSearch(fitNow.current);
    let cancelled = false;
    queueMicrotask(() => {
      while (!cancelled) {
        search.current = measuredSearch(
          search.current,
          fitNow.current,
          stage.current,
          highlight,
          viewportWidth,
        );
        const next = search.current.fit;
        if (next === fitNow.current) break;
        showFit(next);
        flushSync(() => setFit(next));
      }
      if (!cancelled) search.current = continuedFitSearch(search.current);
    });
    return () => {
      cancelled = true;
    };
  }, [stage, stepKey, highlight, ready, viewportWidth]);

  useEffect(() => {
    const shown = stage.current;
    if (!ready || !shown || typeof ResizeObserver === 'undefined') return;
    const adjust = () => {
      search.current = measuredSearch(
        search.current,
        fitNow.current,
        shown,
        highlight,
        viewportWidth,
      );
      const next = search.current.fit;
      if (next === fitNow.current) return;
      showFit(next);
      setFit(next);
    };
    const resized = () => {
      search.current = startFitSearch(fitNow.current);
      adjust();
    };
    // The stage grows and shrinks with the chart, its text and its data.
    const observer = new ResizeObserver(adjust);
    observer.observe(shown);
    window.addEventListener('resize', resized);
    return () => {
      observer.disconnect();
      window.removeEventListener('resize', resized);
    };
  }, [stage, stepKey, highlight, ready, viewportWidth]);

  return fit;
}
