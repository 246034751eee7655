import { useState, type FocusEvent, type KeyboardEvent } from 'react';

const STEPS: Record<string, (index: number, count: number) => number> = {
  ArrowDown: (index, count) => Math.min(index + 1, count - 1),
  ArrowRight: (index, count) => Math.min(index + 1, count - 1),
  ArrowUp: (index) => Math.max(index - 1, 0),
  ArrowLeft: (index) => Math.max(index - 1, 0),
  Home: () => 0,
  End: (_index, count) => count - 1,
};

/** Where the keyboard goes from mark `index` of `count` on `key`, or `null` for keys it ignores. */
export function nextMarkIndex(key: string, index: number | null, count: number): number | null {
  const step = STEPS[key];
  if (!step || count === 0) return null;
  return index === null ? (key === 'End' ? count - 1 : 0) : step(index, count);
}

/**
 * Keyboard access to a chart's marks with one tab stop: the chart itself takes focus, arrow keys,
 * Home and End move between its marks, and the active mark is what the chart outlines and
 * announces. Enter or Space does what a click on the active mark does (`onActivate`). Mouse
 * behaviour is untouched.
 */
export function useRovingMarks(count: number, onActivate?: (index: number) => void) {
  const [active, setActive] = useState<number | null>(null);
  const current = active !== null && active < count ? active : null;
  return {
    active: current,
    chartProps: {
      tabIndex: count > 0 ? 0 : undefined,
      onFocus: (event: FocusEvent<Element>) => {
        if (event.target === event.currentTarget && current === null && count > 0) setActive(0);
      },
      onBlur: () => setActive(null),
      onKeyDown: (event: KeyboardEvent<Element>) => {
        if (onActivate && current !== null && (event.key === 'Enter' || event.key === ' ')) {
          event.preventDefault();
          event.stopPropagation();
          onActivate(current);
          return;
        }
        const next = nextMarkIndex(event.key, current, count);
        if (next === null) return;
        // Handled here: the presentation's own arrow keys must not also turn the page.
        event.preventDefault();
        event.stopPropagation();
        setActive(next);
      },
    },
  };
}
