import type { TimelineItem } from '../../charts/timelineLayout';
import { localeOf, type Language } from '../../i18n/format';
import type { ProjectRow } from './projectTable';

export interface ProjectTimelineSeries {
  /** Projects with both dates published, by start date (then end date, then name). */
  items: TimelineItem[];
  /** Names of the projects whose start or end date is not published. */
  undated: string[];
  /** The earliest start and latest end as ISO dates; null without dated projects. */
  first: string | null;
  last: string | null;
}

/** ISO dates ("2022-12-15") are calendar dates: read them as midnight UTC. */
function calendarDate(isoDate: string): Date {
  return new Date(`${isoDate}T00:00:00Z`);
}

/** Bars labelled by project name, or by case number where names would not fit (a phone). */
export function projectTimelineSeries(
  rows: readonly ProjectRow[],
  lang: Language,
  options: { shortLabels?: boolean } = {},
): ProjectTimelineSeries {
  const collator = new Intl.Collator(localeOf(lang), { numeric: true });
  const dated = rows
    .flatMap((row) =>
      row.startDate !== null && row.endDate !== null
        ? [{ row, startDate: row.startDate, endDate: row.endDate }]
        : [],
    )
    .sort(
      (a, b) =>
        a.startDate.localeCompare(b.startDate) ||
        a.endDate.localeCompare(b.endDate) ||
        collator.compare(a.row.name, b.row.name),
    );
  const starts = dated.map((item) => item.startDate).sort();
  const ends = dated.map((item) => item.endDate).sort();
  return {
    items: dated.map((item) => ({
      key: item.row.id,
      label: options.shortLabels ? (item.row.caseNumber ?? item.row.name) : item.row.name,
      start: calendarDate(item.startDate),
      end: calendarDate(item.endDate),
    })),
    undated: rows
      .filter((row) => row.startDate === null || row.endDate === null)
      .map((row) => row.name)
      .sort(collator.compare),
    first: starts[0] ?? null,
    last: ends.at(-1) ?? null,
  };
}
