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
 * region itself (which includes its counties) followed by its counties, alphabetically, and last
 * the international examples' countries under "International".
 */
export function regionOptions(
  regions: readonly Region[],
  lang: Language,
  wholeRegionLabel: (name: string, kind: Region['kind']) => string,
): { standalone: RegionOption[]; groups: RegionOptionGroup[] } {
  const collator = new Intl.Collator(lang === 'sv' ? 'sv-SE' : 'en-GB');
  const byName = (a: Region, b: Region) => collator.compare(a.name[lang], b.name[lang]);
  const standalone = regions
    .filter((region) => region.kind === 'esf-national')
    .map((region) => ({ code: region.code, label: region.name[lang] }));
  const groupOf = (parent: Region) => ({
    label: parent.name[lang],
    options: [
      { code: parent.code, label: wholeRegionLabel(parent.name[lang], parent.kind) },
      ...regions
        .filter((region) => region.parent === parent.code)
        .sort(byName)
        .map((child) => ({ code: child.code, label: child.name[lang] })),
    ],
  });
  const groups = [
    ...regions.filter((region) => region.kind === 'esf-region').sort(byName),
    ...regions.filter((region) => region.kind === 'international'),
  ].map(groupOf);
  return { standalone, groups };
}
