import { useEffect, useState } from 'react';
import type { ChartTextScale } from '../charts/useChartSize';

/** The smallest text while presenting, in px: what a fit (presentationFit.ts) never goes below. */
export const SMALLEST_PRESENTATION_FONT_SIZE = 12;

/**
 * The page's text size while presenting, in px, as presentation.css sets it: clamp(16px, 1.25vw,
 * 48px), times the fit that shows the step's chart whole (presentationFit.ts), never below 12px.
 */
export function presentationRootFontSize(viewportWidth: number, fit = 1): number {
  const full = Math.min(48, Math.max(16, viewportWidth * 0.0125));
  return Math.max(SMALLEST_PRESENTATION_FONT_SIZE, full * fit);
}

/**
 * Chart text while presenting: from a little under the page's text size to a little over it, and
 * never smaller than outside presentation mode: 20–26 px on a 1920 px wide screen, 41–53 px on
 * 3840 px (at a fit of 1), so that the back row reads axis labels as easily as the titles.
 */
export function presentationChartTextScale(viewportWidth: number, fit = 1): ChartTextScale {
  const root = presentationRootFontSize(viewportWidth, fit);
  return {
    minFontSize: Math.round(Math.max(13, root * 0.85)),
    maxFontSize: Math.round(Math.max(20, root * 1.1)),
  };
}

/** The viewport's width, following resizes (and full screen). */
export function useViewportWidth(): number {
  const [width, setWidth] = useState(() => window.innerWidth);
  useEffect(() => {
    const follow = () => setWidth(window.innerWidth);
    window.addEventListener('resize', follow);
    return () => window.removeEventListener('resize', follow);
  }, []);
  return width;
}
