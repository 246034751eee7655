import type { Project } from './projectsSchema';
import { ancestorOfKind, regionsWithin, sameAreaAbove } from './regionTree';
import type { Region, RegionCode } from './regionsSchema';
import type { ResultLevel } from './resultLevels';

/** ESF's code for projects that are national rather than regional. */
export const ESF_NATIONAL_CODE = 'SE0';

export interface ProjectFilters {
  region: RegionCode | null;
  level: ResultLevel | null;
  /** Whether national projects count in every region, not only under "national". */
  nationalEverywhere: boolean;
}

/** Whether `code` is in the country whose national projects `ESF_NATIONAL_CODE` holds. */
function inNationalProjectsCountry(regions: readonly Region[], code: RegionCode): boolean {
  const country = ancestorOfKind(regions, ESF_NATIONAL_CODE, 'country');
  return country !== undefined && ancestorOfKind(regions, code, 'country') === country;
}

/**
 * The region codes a project may have to count in the chosen region (an ESF region includes its
 * counties, a county the ESF region that is only that county; national projects too when they
 * count everywhere in their country), or null for every region.
 */
export function regionCodesFor(
  regions: readonly Region[],
  filters: Pick<ProjectFilters, 'region' | 'nationalEverywhere'>,
): Set<RegionCode> | null {
  if (filters.region === null) return null;
  const codes = regionsWithin(regions, filters.region);
  for (const same of sameAreaAbove(regions, filters.region)) codes.add(same);
  if (filters.nationalEverywhere && inNationalProjectsCountry(regions, filters.region)) {
    codes.add(ESF_NATIONAL_CODE);
  }
  return codes;
}

/** Projects in the region (an ESF region includes its counties) with results at the level. */
export function filterProjects(
  projects: readonly Project[],
  regions: readonly Region[],
  filters: ProjectFilters,
): Project[] {
  const codes = regionCodesFor(regions, filters);
  return projects.filter(
    (project) =>
      (codes === null || codes.has(project.region.value)) &&
      (filters.level === null || project.resultLevels.value.includes(filters.level)),
  );
}
