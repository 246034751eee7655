import { useLayoutEffect, useState, type RefObject } from 'react';

const CAPTION_ROOM = '--presentation-caption-room';
const CAPTION_WIDTH = '--presentation-caption-width';

/** The caption sits beside the view's title only where it takes at most this share of the row. */
const BESIDE_AT_MOST = 0.45;

/**
 * Whether a caption this wide fits beside the view's title in a row this wide: on a projector the
 * title and the caption then share one line, and the step's chart gains their height.
 */
export function captionFitsBeside(captionWidth: number, rowWidth: number): boolean {
  return captionWidth > 0 && captionWidth <= rowWidth * BESIDE_AT_MOST;
}

/**
 * Writes the caption's height and width to the page, where presentation.css reads them: a step's
 * chart then scrolls in below the caption however many lines the caption wraps to
 * (`scroll-padding-top`), and the view's title beside it leaves it room. Returns the width.
 */
export function keepCaptionRoom(caption: HTMLElement | null): { width: number } {
  if (!caption) return { width: 0 };
  const { height, width } = caption.getBoundingClientRect();
  const root = document.documentElement;
  root.style.setProperty(CAPTION_ROOM, `${height}px`);
  root.style.setProperty(CAPTION_WIDTH, `${width}px`);
  return { width };
}

/** Writes the caption's room (keepCaptionRoom) and says whether it fits beside the title. */
function measureCaptionRoom(caption: HTMLElement | null): boolean {
  if (!caption) return false;
  const { width } = keepCaptionRoom(caption);
  const row = caption.parentElement?.getBoundingClientRect().width ?? 0;
  return captionFitsBeside(width, row);
}

/**
 * Keeps the caption's room up to date as its text changes (see keepCaptionRoom), and says whether
 * it fits beside the view's title (captionFitsBeside), decided before the step is painted: on each
 * `changeKey` (a new step, its data, a new text size) at once, and otherwise when it resizes.
 */
export function useCaptionRoom(caption: RefObject<HTMLElement | null>, changeKey: string): boolean {
  const [beside, setBeside] = useState(false);
  useLayoutEffect(() => {
    const element = caption.current;
    const observer =
      element && typeof ResizeObserver !== 'undefined'
        ? new ResizeObserver(() => setBeside(measureCaptionRoom(element)))
        : null;
    if (element) {
      observer?.observe(element);
      if (element.parentElement) observer?.observe(element.parentElement);
    }
    const root = document.documentElement;
    return () => {
      observer?.disconnect();
      root.style.removeProperty(CAPTION_ROOM);
      root.style.removeProperty(CAPTION_WIDTH);
    };
  }, [caption]);
  useLayoutEffect(() => {
    // Measured before the paint, as a layout effect is for: the render it causes is not painted.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setBeside(measureCaptionRoom(caption.current));
  }, [caption, changeKey]);
  return beside;
}
