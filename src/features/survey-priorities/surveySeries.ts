import { findRegion, regionsWithin } from '../../data/regionTree';
import type { Region, RegionCode } from '../../data/regionsSchema';
import type { Provenance } from '../../data/provenanceSchema';
import type { SurveyDataset } from '../../data/surveySchema';
import type { Language } from '../../i18n/format';

/** The survey's national figures are recorded under the country code. */
export const NATIONAL_CODE = 'SE';

export interface RankedArea {
  areaId: string;
  label: string;
  share: number;
  /** Competition ranking: equal shares share a rank, and the next rank is skipped (1, 2, 2, 4). */
  rank: number;
  tied: boolean;
  provenance: Provenance;
}

export interface ComparedArea {
  areaId: string;
  label: string;
  nationalShare: number;
  nationalRank: number;
  regionalShare: number;
  regionalRank: number;
  /** Positive when the area ranks higher in the region than nationally. */
  rankShift: number;
  nationalProvenance: Provenance;
  regionalProvenance: Provenance;
}

export type RegionComparison =
  | { kind: 'national' }
  | { kind: 'no-data'; region: Region; regionsWithData: Region[] }
  | { kind: 'compare'; comparisons: { region: Region; areas: ComparedArea[] }[] };

/** Ranks shares from highest to lowest; ties keep the dataset's order and share a rank. */
export function rankShares<T extends { share: number }>(
  items: readonly T[],
): (T & { rank: number; tied: boolean })[] {
  const sorted = items
    .map((item, index) => ({ item, index }))
    .sort((a, b) => b.item.share - a.item.share || a.index - b.index)
    .map(({ item }) => item);
  return sorted.map((item) => {
    const rank = 1 + sorted.filter((other) => other.share > item.share).length;
    const tied = sorted.filter((other) => other.share === item.share).length > 1;
    return { ...item, rank, tied };
  });
}

function rankRegion(dataset: SurveyDataset, region: RegionCode, lang: Language): RankedArea[] {
  const labels = new Map(dataset.areas.map((area) => [area.id, area.label[lang]]));
  return rankShares(
    dataset.shares
      .filter((share) => share.region === region)
      .map((share) => ({
        areaId: share.area,
        label: labels.get(share.area) ?? share.area,
        share: share.share,
        provenance: share.provenance,
      })),
  );
}

/** The 12 areas ranked by national share. */
export function nationalRanking(dataset: SurveyDataset, lang: Language): RankedArea[] {
  return rankRegion(dataset, NATIONAL_CODE, lang);
}

/**
 * The selected region against the nation: every region within the selection that has survey
 * figures (an ESF region includes its counties), with each area's rank shift.
 */
export function regionComparison(
  dataset: SurveyDataset,
  regions: readonly Region[],
  selected: RegionCode | null,
  lang: Language,
): RegionComparison {
  const selectedRegion = selected === null ? undefined : findRegion(regions, selected);
  if (!selectedRegion || selectedRegion.code === NATIONAL_CODE) return { kind: 'national' };

  const codesWithData = new Set(
    dataset.shares.map((share) => share.region).filter((code) => code !== NATIONAL_CODE),
  );
  const within = regionsWithin(regions, selectedRegion.code);
  const matching = regions.filter(
    (region) => within.has(region.code) && codesWithData.has(region.code),
  );
  if (matching.length === 0) {
    return {
      kind: 'no-data',
      region: selectedRegion,
      regionsWithData: regions.filter((region) => codesWithData.has(region.code)),
    };
  }

  const nationalOrder = nationalRanking(dataset, lang);
  const national = new Map(nationalOrder.map((area) => [area.areaId, area]));
  const position = new Map(nationalOrder.map((area, index) => [area.areaId, index]));
  return {
    kind: 'compare',
    comparisons: matching.map((region) => ({
      region,
      areas: rankRegion(dataset, region.code, lang)
        .flatMap((regional): ComparedArea[] => {
          const nationalArea = national.get(regional.areaId);
          if (!nationalArea) return [];
          return [
            {
              areaId: regional.areaId,
              label: regional.label,
              nationalShare: nationalArea.share,
              nationalRank: nationalArea.rank,
              regionalShare: regional.share,
              regionalRank: regional.rank,
              rankShift: nationalArea.rank - regional.rank,
              nationalProvenance: nationalArea.provenance,
              regionalProvenance: regional.provenance,
            },
          ];
        })
        .sort((a, b) => (position.get(a.areaId) ?? 0) - (position.get(b.areaId) ?? 0)),
    })),
  };
}
