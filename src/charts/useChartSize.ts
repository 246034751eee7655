import { createContext, useCallback, useContext, useLayoutEffect, useRef, useState } from 'react';

const FALLBACK_WIDTH = 640;

/** How small and how large chart text may be; presentation mode raises both for a projector. */
export interface ChartTextScale {
  minFontSize: number;
  maxFontSize: number;
}

/** Outside presentation mode: 13 px on a phone, about 16 px on a laptop, 20 px on a wide screen. */
export const DEFAULT_CHART_TEXT_SCALE: ChartTextScale = { minFontSize: 13, maxFontSize: 20 };

/** Measures the width of the element the ref is attached to, and follows it when it resizes. */
export function useChartSize<T extends HTMLElement = HTMLDivElement>() {
  const ref = useRef<T>(null);
  const [width, setWidth] = useState(FALLBACK_WIDTH);
  const scale = useContext(ChartTextScaleContext);
  const measure = useCallback(() => {
    const measured = Math.floor(ref.current?.getBoundingClientRect().width ?? 0);
    if (measured > 0) setWidth(measured);
  }, []);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, [measure]);
  // Measured before the first paint, and again with each new text scale (presentation mode's fit
  // changes the page's spacing with it), where the observer would answer a frame later.
  useLayoutEffect(measure, [measure, scale]);
  return { ref, width };
}

/** Chart text grows with the chart, about 1/70 of its width, within the scale's limits. */
export function chartFontSize(
  width: number,
  scale: ChartTextScale = DEFAULT_CHART_TEXT_SCALE,
): number {
  return Math.round(Math.min(scale.maxFontSize, Math.max(scale.minFontSize, width / 70)));
}

/** The chart text scale of the page; presentation mode provides a larger one. */
export const ChartTextScaleContext = createContext<ChartTextScale>(DEFAULT_CHART_TEXT_SCALE);

/** `chartFontSize` with the scale of the surrounding `ChartTextScaleContext`. */
export function useChartFontSize(): (width: number) => number {
  const scale = useContext(ChartTextScaleContext);
  return useCallback((width: number) => chartFontSize(width, scale), [scale]);
}
