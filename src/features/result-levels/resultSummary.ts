import { localeOf } from '../../i18n/format';
import type { I18n } from '../../i18n/I18nProvider';
import { mostCommonLevels, type LevelCount } from './resultSeries';

/** A sentence-case label as it reads inside a sentence: only its first letter is lowered. */
export function midSentence(label: string, i18n: I18n): string {
  return label.charAt(0).toLocaleLowerCase(localeOf(i18n.lang)) + label.slice(1);
}

/** One sentence on the most common level(s), as "n of N projects": the counts chart's summary. */
export function countsSummary(counts: readonly LevelCount[], total: number, i18n: I18n): string {
  const { t } = i18n;
  const { levels, count } = mostCommonLevels(counts);
  const [first, ...others] = levels;
  if (!first) return t.results.noLevels;
  if (others.length === 0) return t.results.mostCommon(first.label, count, total);
  if (levels.length === counts.length) return t.results.allEquallyCommon(count, total);
  const names = i18n.list([first.label, ...others.map((level) => midSentence(level.label, i18n))]);
  return t.results.mostCommonTied(names, count, total);
}

/** Every level's count out of the total, for the counts chart's accessible name. */
export function countsDetails(counts: readonly LevelCount[], total: number, i18n: I18n): string {
  return `${counts.map((entry) => i18n.t.results.countsSummary(entry.label, entry.count, total)).join('; ')}.`;
}

/** Where a level definition is published, e.g. "Mötesplats Social Innovation (MSI), 2024". */
export function definitionSourceText(level: LevelCount, i18n: I18n): string | null {
  const source = level.definitionSource;
  if (!source) return null;
  if (!source.date) return source.publisher;
  const isFullDate = /^\d{4}-\d{2}-\d{2}$/.test(source.date);
  return `${source.publisher}, ${isFullDate ? i18n.date(source.date) : source.date}`;
}
