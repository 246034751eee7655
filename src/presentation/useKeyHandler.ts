import { useEffect, useRef } from 'react';

/**
 * Listens to every key press on the page before anything else sees it (capture phase on the
 * window). When `handler` returns true the key is the handler's: its default action and every
 * other listener are skipped, so that, say, Escape leaves the presentation and does nothing else.
 */
export function useKeyHandler(handler: (event: KeyboardEvent) => boolean): void {
  const latest = useRef(handler);
  useEffect(() => {
    latest.current = handler;
  });
  useEffect(() => {
    const listener = (event: KeyboardEvent) => {
      if (event.isComposing) return;
      if (latest.current(event)) {
        event.preventDefault();
        event.stopPropagation();
      }
    };
    window.addEventListener('keydown', listener, { capture: true });
    return () => window.removeEventListener('keydown', listener, { capture: true });
  }, []);
}
