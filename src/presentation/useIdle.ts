import { useEffect, useState } from 'react';

/** How long the pointer must rest before the controls fade. */
export const CONTROLS_IDLE_MS = 3000;

const ACTIVITY_EVENTS = ['mousemove', 'pointerdown', 'touchstart', 'wheel'] as const;

/** True once the pointer has not moved for `delayMs`; false again on the next movement. */
export function useIdle(delayMs: number = CONTROLS_IDLE_MS): boolean {
  const [idle, setIdle] = useState(false);
  useEffect(() => {
    let timer = window.setTimeout(() => setIdle(true), delayMs);
    const wake = () => {
      setIdle(false);
      window.clearTimeout(timer);
      timer = window.setTimeout(() => setIdle(true), delayMs);
    };
    for (const type of ACTIVITY_EVENTS) {
      document.addEventListener(type, wake, { passive: true });
    }
    return () => {
      window.clearTimeout(timer);
      for (const type of ACTIVITY_EVENTS) document.removeEventListener(type, wake);
    };
  }, [delayMs]);
  return idle;
}
