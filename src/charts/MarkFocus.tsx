import type { ReactNode } from 'react';
import { palette } from './palette';

/** The outline drawn around the mark the keyboard is on (see `useRovingMarks`). */
export function FocusRing(props: {
  x: number;
  y: number;
  width: number;
  height: number;
  rx: number;
  strokeWidth?: number;
}) {
  return (
    <rect
      className="chart-focus-ring"
      {...props}
      fill="none"
      stroke={palette.ink}
      strokeWidth={props.strokeWidth ?? 2}
    />
  );
}

/** Reads out the mark the keyboard is on; empty when the chart does not have focus. */
export function MarkAnnouncement({ children }: { children: ReactNode }) {
  return (
    <p className="visually-hidden" aria-live="polite">
      {children}
    </p>
  );
}
