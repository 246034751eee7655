import { useCallback, useEffect, useState } from 'react';

/** Whether the page is in full screen, and a toggle; a refused request simply leaves it as it is. */
export function useFullscreen() {
  const [isFullscreen, setFullscreen] = useState(() => document.fullscreenElement != null);
  useEffect(() => {
    const follow = () => setFullscreen(document.fullscreenElement != null);
    document.addEventListener('fullscreenchange', follow);
    return () => document.removeEventListener('fullscreenchange', follow);
  }, []);
  const exit = useCallback(() => {
    if (document.fullscreenElement) document.exitFullscreen?.().catch(() => undefined);
  }, []);
  const toggle = useCallback(() => {
    if (document.fullscreenElement) {
      exit();
      return;
    }
    // Browsers refuse without a user gesture or where full screen is not allowed: not an error.
    document.documentElement.requestFullscreen?.().catch(() => undefined);
  }, [exit]);
  return { isFullscreen, toggle, exit };
}
