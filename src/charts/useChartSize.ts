import { useLayoutEffect, useRef, useState } from 'react';

const FALLBACK_WIDTH = 640;

/** Measures the width of the element the ref is attached to, and follows it when it resizes. */
export function useChartSize<T extends HTMLElement = HTMLDivElement>() {
  const ref = useRef<T>(null);
  const [width, setWidth] = useState(FALLBACK_WIDTH);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    const measure = () => {
      const measured = Math.floor(element.getBoundingClientRect().width);
      if (measured > 0) setWidth(measured);
    };
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return { ref, width };
}

/** Chart text grows with the chart: 13 px on a phone, about 16 px on a laptop, 20 px on a projector. */
export function chartFontSize(width: number): number {
  return Math.round(Math.min(20, Math.max(13, width / 70)));
}
