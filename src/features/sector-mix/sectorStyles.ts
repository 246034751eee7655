import { palette } from '../../charts/palette';
import type { PatternStyle } from '../../charts/patterns';

const SECTOR_STYLES: Record<string, PatternStyle> = {
  public: { color: palette.blue, pattern: 'solid' },
  academia: { color: palette.vermillion, pattern: 'stripes' },
  'civil-society': { color: palette.green, pattern: 'dots' },
  business: { color: palette.purple, pattern: 'crosshatch' },
};

const FALLBACK: PatternStyle = { color: palette.muted, pattern: 'solid' };

/** Each sector's colour and texture, so the charts read in greyscale and on a projector. */
export function sectorStyle(sectorId: string): PatternStyle {
  return SECTOR_STYLES[sectorId] ?? FALLBACK;
}
