import type { I18n } from '../../i18n/I18nProvider';
import type { ComparedArea, RankedArea } from './surveySeries';

/** A sentence-case label as it reads inside a sentence: only its first letter is lowered. */
function midSentence(label: string, i18n: I18n): string {
  return label.charAt(0).toLocaleLowerCase(i18n.lang) + label.slice(1);
}

/** One sentence on the national ranking, used under the chart and as its accessible name. */
export function nationalSummary(ranking: readonly RankedArea[], i18n: I18n): string {
  const [first, second] = ranking;
  if (!first || !second) return '';
  return i18n.t.survey.summary(
    first.label,
    i18n.percent(first.share),
    midSentence(second.label, i18n),
    i18n.percent(second.share),
  );
}

/** One sentence on a region's top area and where it ranks nationally. */
export function comparisonSummary(
  regionName: string,
  areas: readonly ComparedArea[],
  i18n: I18n,
): string {
  const top = [...areas].sort((a, b) => a.regionalRank - b.regionalRank)[0];
  if (!top) return '';
  return i18n.t.survey.compareSummary(
    regionName,
    midSentence(top.label, i18n),
    i18n.ordinal(top.nationalRank),
  );
}

export function rankShiftText(shift: number, i18n: I18n): string {
  if (shift > 0) return i18n.t.survey.rankShiftUp(shift);
  if (shift < 0) return i18n.t.survey.rankShiftDown(-shift);
  return i18n.t.survey.rankShiftSame;
}

/**
 * The national top area and where it ranks in the region, e.g. "Cross-sector collaboration is the
 * top priority nationally at 15 %; in Stockholm it ranks 2nd (illustrative figures)."
 */
export function compareFigureSummary(
  regionName: string,
  areas: readonly ComparedArea[],
  i18n: I18n,
): string {
  const top = [...areas].sort((a, b) => a.nationalRank - b.nationalRank)[0];
  if (!top) return '';
  return i18n.t.survey.compareFigureSummary(
    top.label,
    i18n.percent(top.nationalShare),
    regionName,
    i18n.ordinal(top.regionalRank),
  );
}
