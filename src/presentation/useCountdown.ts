import { useEffect, useRef, useState } from 'react';

const TICK_MS = 250;

/**
 * Counts `seconds` down while `running`, starting over whenever `restartKey` changes or it starts
 * running again, and calls `onElapsed` when it reaches zero. Returns the seconds left (the full
 * time when not running).
 */
export function useCountdown({
  seconds,
  running,
  restartKey,
  onElapsed,
}: {
  seconds: number;
  running: boolean;
  restartKey: unknown;
  onElapsed: () => void;
}): number {
  const [left, setLeft] = useState(seconds);
  const latest = useRef(onElapsed);
  useEffect(() => {
    latest.current = onElapsed;
  }, [onElapsed]);
  useEffect(() => {
    if (!running) return;
    const ends = Date.now() + seconds * 1000;
    const tick = () => {
      const remaining = Math.max(0, (ends - Date.now()) / 1000);
      setLeft(remaining);
      if (remaining === 0) {
        window.clearInterval(timer);
        latest.current();
      }
    };
    const first = window.setTimeout(tick, 0);
    const timer = window.setInterval(tick, TICK_MS);
    return () => {
      window.clearTimeout(first);
      window.clearInterval(timer);
    };
  }, [seconds, running, restartKey]);
  return running ? Math.min(left, seconds) : seconds;
}
