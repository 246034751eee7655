import type { Region, RegionCode } from './regionsSchema';

/** The region itself and every region below it (an ESF region includes its counties). */
export function regionsWithin(regions: readonly Region[], code: RegionCode): Set<RegionCode> {
  const within = new Set<RegionCode>([code]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const region of regions) {
      if (region.parent !== null && within.has(region.parent) && !within.has(region.code)) {
        within.add(region.code);
        grew = true;
      }
    }
  }
  return within;
}

export function findRegion(regions: readonly Region[], code: RegionCode): Region | undefined {
  return regions.find((region) => region.code === code);
}
