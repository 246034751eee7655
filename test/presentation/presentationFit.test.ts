import { describe, expect, it } from 'vitest';
import {
  advanceFitSearch,
  continuedFitSearch,
  nextFit,
  smallestFit,
  startFitSearch,
  tooTallToFit,
  type ChartPlacement,
  type FitSearch,
} from '../../src/presentation/presentationFit';
import {
  presentationChartTextScale,
  presentationRootFontSize,
} from '../../src/presentation/projectorScale';

describe('presentation fit', () => {
  it('shrinks text by at most a third, and never below 12 px', () => {
    expect(smallestFit(390)).toBe(0.75);
    expect(smallestFit(1280)).toBe(0.75);
    expect(smallestFit(1920)).toBeCloseTo(2 / 3);
    expect(smallestFit(3840)).toBeCloseTo(2 / 3);
    expect(presentationRootFontSize(1280, smallestFit(1280))).toBeCloseTo(12);
    expect(presentationRootFontSize(1920, smallestFit(1920))).toBeCloseTo(16);
    expect(presentationRootFontSize(3840, smallestFit(3840))).toBeCloseTo(32);
    expect(presentationRootFontSize(1280, 0.5)).toBe(12);
  });

  it('scales chart text with the fit, never below its size outside presentation mode', () => {
    expect(presentationChartTextScale(1920, 0.75)).toEqual({ minFontSize: 15, maxFontSize: 20 });
    expect(presentationChartTextScale(3840, 0.75)).toEqual({ minFontSize: 31, maxFontSize: 40 });
    expect(presentationChartTextScale(1280, 0.5)).toEqual({ minFontSize: 13, maxFontSize: 20 });
  });

  it('shrinks a chart that ends below the screen to end just above it', () => {
    const next = nextFit(1, { top: 200, height: 1300, limit: 1064 }, 2 / 3);
    expect(next).toBeLessThan(1064 / 1500);
    expect(next).toBeGreaterThan(0.9 * (1064 / 1500));
  });

  it('stops at the smallest fit when even that is not enough', () => {
    expect(nextFit(0.7, { top: 150, height: 1000, limit: 1064 }, 2 / 3)).toBeCloseTo(2 / 3);
  });

  it('tells a chart meant to be scrolled from one a smaller text fits', () => {
    expect(tooTallToFit(1, { top: 300, height: 3000, limit: 1064 }, 2 / 3)).toBe(true);
    expect(tooTallToFit(0.7, { top: 100, height: 1400, limit: 1064 }, 2 / 3)).toBe(true);
    expect(tooTallToFit(1, { top: 200, height: 1300, limit: 1064 }, 2 / 3)).toBe(false);
    expect(tooTallToFit(2 / 3, { top: 100, height: 1000, limit: 1064 }, 2 / 3)).toBe(false);
  });

  it('grows back on a step with room, up to the full size', () => {
    expect(nextFit(0.7, { top: 100, height: 400, limit: 1064 }, 2 / 3)).toBe(1);
    const grown = nextFit(0.7, { top: 100, height: 800, limit: 1064 }, 2 / 3);
    expect(grown).toBeGreaterThan(0.8);
    expect(grown).toBeLessThan(1);
  });

  it('leaves a fitting chart, a change too small to see and a missing measure as they are', () => {
    expect(nextFit(1, { top: 100, height: 800, limit: 1064 }, 2 / 3)).toBe(1);
    expect(nextFit(0.8, { top: 100, height: 920, limit: 1064 }, 2 / 3)).toBe(0.8);
    expect(nextFit(0.8, { top: 0, height: 0, limit: 1064 }, 2 / 3)).toBe(0.8);
  });

  /** Measures a made-up page at each fit until the search stops changing, as the hook does. */
  function settle(pageAt: (fit: number) => ChartPlacement, from = 1) {
    let search: FitSearch = startFitSearch(from);
    const fits = [from];
    for (let measure = 0; measure < 20; measure += 1) {
      const next = advanceFitSearch(search, pageAt(search.fit), 2 / 3);
      if (next.fit !== search.fit) fits.push(next.fit);
      search = next;
    }
    return { search, fits, end: pageAt(search.fit).top + pageAt(search.fit).height };
  }

  it('settles a page that scales with the text in a change or two, just above the bottom', () => {
    const { fits, end } = settle((fit) => ({ top: 300 * fit, height: 1200 * fit, limit: 1064 }));
    expect(fits.length).toBeLessThanOrEqual(3);
    expect(end).toBeLessThanOrEqual(1064);
    expect(end).toBeGreaterThan(1000);
  });

  it('only shrinks once the chart has overflowed, where labels wrap at a larger size', () => {
    // Above a fit of 0.8 the labels wrap to two lines: the chart is 300 px taller.
    const wrapping = (fit: number) => ({
      top: 0,
      height: 1000 * fit + (fit > 0.8 ? 300 : 0),
      limit: 1000,
    });
    const fromFull = settle(wrapping);
    expect(fromFull.fits).toHaveLength(2);
    expect(fromFull.end).toBeLessThanOrEqual(1000);
    // From a smaller fit it grows once, overflows, and shrinks once: no back and forth.
    const fromSmall = settle(wrapping, 0.6);
    expect(fromSmall.fits).toHaveLength(3);
    expect(fromSmall.fits[1]).toBeGreaterThan(0.8);
    expect(fromSmall.fits[2]).toBeLessThan(0.8);
    expect(fromSmall.end).toBeLessThanOrEqual(1000);
  });

  it('stops after four changes, where the chart shrinks far less than its text', () => {
    const { search, fits } = settle((fit) => ({ top: 0, height: 900 + 200 * fit, limit: 1000 }));
    expect(search).toMatchObject({ changes: 4, done: true, overflowed: true });
    expect(fits).toHaveLength(5);
    expect(search.fit).toBeGreaterThanOrEqual(2 / 3);
  });

  it('returns a list too long for the screen to the full size and stops', () => {
    const { search, fits } = settle((fit) => ({ top: 300, height: 4000 * fit, limit: 1064 }), 0.7);
    expect(search).toMatchObject({ fit: 1, done: true });
    expect(fits).toEqual([0.7, 1]);
  });

  it('goes on after the first paint with its changes counted afresh, shrinking only', () => {
    const spent: FitSearch = { fit: 0.9, overflowed: true, changes: 4, done: true };
    const continued = continuedFitSearch(spent);
    expect(continued).toMatchObject({ fit: spent.fit, changes: 0, done: false, overflowed: true });
    // Measured again once the chart has settled, taller than it was: it shrinks again.
    expect(
      advanceFitSearch(continued, { top: 0, height: 1100, limit: 1000 }, 2 / 3).fit,
    ).toBeLessThan(spent.fit);
    // Roomier: it does not grow back, which is how a page would flicker.
    expect(advanceFitSearch(continued, { top: 0, height: 500, limit: 1000 }, 2 / 3).fit).toBe(
      spent.fit,
    );
    const tooTall = settle((fit) => ({ top: 300, height: 4000 * fit, limit: 1064 }), 0.7).search;
    expect(continuedFitSearch(tooTall)).toBe(tooTall);
  });
});
