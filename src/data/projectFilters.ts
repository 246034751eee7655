import type { Project } from './projectsSchema';
import { regionsWithin } from './regionTree';
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

/** Projects in the region (an ESF region includes its counties) with results at the level. */
export function filterProjects(
  projects: readonly Project[],
  regions: readonly Region[],
  filters: ProjectFilters,
): Project[] {
  const within = filters.region === null ? null : regionsWithin(regions, filters.region);
  return projects.filter((project) => {
    const region = project.region.value;
    const inRegion =
      within === null ||
      within.has(region) ||
      (filters.nationalEverywhere && region === ESF_NATIONAL_CODE);
    return (
      inRegion && (filters.level === null || project.resultLevels.value.includes(filters.level))
    );
  });
}
