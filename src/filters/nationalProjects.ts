/** `?national=every`: whether national projects count in every region. Shared by the project views. */
export interface NationalProjectsOption {
  nationalEverywhere: boolean;
}

export function parseNationalProjects(search: Record<string, unknown>): NationalProjectsOption {
  return { nationalEverywhere: Object.hasOwn(search, 'national') && search.national === 'every' };
}

export function serializeNationalProjects(option: NationalProjectsOption): { national?: 'every' } {
  return { national: option.nationalEverywhere ? 'every' : undefined };
}
