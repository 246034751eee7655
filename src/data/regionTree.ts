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

/** The nearest region of `kind` at or above `code`, e.g. the ESF region of a county. */
export function ancestorOfKind(
  regions: readonly Region[],
  code: RegionCode,
  kind: Region['kind'],
): Region | undefined {
  const seen = new Set<RegionCode>();
  let current = findRegion(regions, code);
  while (current && !seen.has(current.code)) {
    if (current.kind === kind) return current;
    seen.add(current.code);
    current = current.parent === null ? undefined : findRegion(regions, current.parent);
  }
  return undefined;
}
