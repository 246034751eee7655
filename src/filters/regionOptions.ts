import type { Region } from '../data/regionsSchema';
import type { Language } from '../i18n/format';

export interface RegionOption {
  code: string;
  label: string;
}

export interface RegionOptionGroup {
  label: string;
  options: RegionOption[];
}

/**
 * The region choices: stand-alone regions (ESF national), then one group per ESF region with the
 * region itself (which includes its counties) followed by its counties, alphabetically.
 */
export function regionOptions(
  regions: readonly Region[],
  lang: Language,
  wholeRegionLabel: (name: string) => string,
): { standalone: RegionOption[]; groups: RegionOptionGroup[] } {
  const collator = new Intl.Collator(lang === 'sv' ? 'sv-SE' : 'en-GB');
  const byName = (a: Region, b: Region) => collator.compare(a.name[lang], b.name[lang]);
  const standalone = regions
    .filter((region) => region.kind === 'esf-national')
    .map((region) => ({ code: region.code, label: region.name[lang] }));
  const groups = regions
    .filter((region) => region.kind === 'esf-region')
    .sort(byName)
    .map((esfRegion) => ({
      label: esfRegion.name[lang],
      options: [
        { code: esfRegion.code, label: wholeRegionLabel(esfRegion.name[lang]) },
        ...regions
          .filter((region) => region.kind === 'county' && region.parent === esfRegion.code)
          .sort(byName)
          .map((county) => ({ code: county.code, label: county.name[lang] })),
      ],
    }));
  return { standalone, groups };
}
