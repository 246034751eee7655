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

/**
 * The regions above `code` that cover the same area: each parent whose only child is the region
 * below it (the ESF region Stockholm is Stockholms län). A record kept at such a region is in the
 * chosen one too.
 */
export function sameAreaAbove(regions: readonly Region[], code: RegionCode): RegionCode[] {
  const above: RegionCode[] = [];
  let current = findRegion(regions, code);
  while (current?.parent != null && !above.includes(current.parent)) {
    const parent = current.parent;
    const children = regions.filter((region) => region.parent === parent);
    if (children.length !== 1) break;
    above.push(parent);
    current = findRegion(regions, parent);
  }
  return above;
}
