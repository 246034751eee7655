import { useLayoutEffect, type RefObject } from 'react';

const CAPTION_ROOM = '--presentation-caption-room';

/**
 * Writes the caption's height to the page, where `scroll-padding-top` (presentation.css) reads it:
 * a step's chart then scrolls in below the caption however many lines the caption wraps to.
 */
export function keepCaptionRoom(caption: HTMLElement | null): void {
  if (!caption) return;
  const height = caption.getBoundingClientRect().height;
  document.documentElement.style.setProperty(CAPTION_ROOM, `${height}px`);
}

/** Keeps the caption's room up to date as its text changes (see keepCaptionRoom). */
export function useCaptionRoom(caption: RefObject<HTMLElement | null>): void {
  useLayoutEffect(() => {
    const element = caption.current;
    keepCaptionRoom(element);
    const root = document.documentElement;
    const observer =
      element && typeof ResizeObserver !== 'undefined'
        ? new ResizeObserver(() => keepCaptionRoom(element))
        : null;
    if (element) observer?.observe(element);
    return () => {
      observer?.disconnect();
      root.style.removeProperty(CAPTION_ROOM);
    };
  }, [caption]);
}
