import type { TimelineItem } from '../../charts/timelineLayout';
import { columnsOf, isoDateFromDays, MISSING } from '../../data/projectColumns';
import type { ProjectsDataset } from '../../data/projectsSchema';
import { mostCautiousKind } from '../../data/provenanceKind';
import type { ProvenanceKind } from '../../data/provenanceSchema';
import type { Region } from '../../data/regionsSchema';
import { localeOf, type Language } from '../../i18n/format';
import { projectRowAt, type ProjectRow } from './projectTable';

/** Above this many dated projects the timeline counts projects per month instead of drawing bars. */
export const TIMELINE_BAR_LIMIT = 100;
/** Up to this many undated projects are named; above it they are counted. */
export const UNDATED_NAMES_LIMIT = 12;

export interface RunningMonth {
  /** The first day of the month, at midnight UTC. */
  month: Date;
  /** Projects whose period includes some day of the month. */
  running: number;
  /** Projects that start in the month. */
  starting: number;
}

export interface ProjectTimelineSeries {
  /** One bar per dated project by start date (then end date, then name); empty above the limit. */
  items: TimelineItem[];
  /** The dated rows behind `items`, in the same order. */
  itemRows: ProjectRow[];
  /** Above the limit: the projects running in each month from the first start to the last end. */
  months: RunningMonth[];
  /** Projects with both dates published. */
  dated: number;
  /** Names of the projects whose start or end date is not published, when few enough to list. */
  undated: string[];
  undatedCount: number;
  /** The earliest start and latest end as ISO dates; null without dated projects. */
  first: string | null;
  last: string | null;
}

const MS_PER_DAY = 86_400_000;

/** Where a project's period comes from: the more cautious of its two dates'. */
export function periodKind(row: Pick<ProjectRow, 'startDateKind' | 'endDateKind'>): ProvenanceKind {
  // A date without provenance is not published: the period is not either.
  return mostCautiousKind([row.startDateKind ?? 'illustrative', row.endDateKind ?? 'illustrative']);
}

function monthNumber(day: number): number {
  const date = new Date(day * MS_PER_DAY);
  return date.getUTCFullYear() * 12 + date.getUTCMonth();
}

/** Projects running per month: each project adds one from its start month to its end month. */
function runningMonths(
  rows: Int32Array,
  starts: Int32Array,
  ends: Int32Array,
  firstDay: number,
  lastDay: number,
): RunningMonth[] {
  const firstMonth = monthNumber(firstDay);
  const monthCount = monthNumber(lastDay) - firstMonth + 1;
  // Days of one month share a month number: look it up rather than build a Date per project.
  const monthOfDay = new Int32Array(lastDay - firstDay + 1);
  for (let day = firstDay, month = firstMonth; day <= lastDay; day += 1) {
    if (new Date(day * MS_PER_DAY).getUTCDate() === 1) month = monthNumber(day);
    monthOfDay[day - firstDay] = month - firstMonth;
  }
  const change = new Int32Array(monthCount + 1);
  const starting = new Int32Array(monthCount);
  for (const row of rows) {
    const start = starts[row]!;
    const end = ends[row]!;
    if (start === MISSING || end === MISSING) continue;
    const startMonth = monthOfDay[start - firstDay]!;
    change[startMonth]! += 1;
    change[monthOfDay[end - firstDay]! + 1]! -= 1;
    starting[startMonth]! += 1;
  }
  let running = 0;
  return Array.from({ length: monthCount }, (_, index) => {
    running += change[index]!;
    const month = firstMonth + index;
    return {
      month: new Date(Date.UTC(Math.floor(month / 12), month % 12, 1)),
      running,
      starting: starting[index]!,
    };
  });
}

/**
 * The timeline of the matching rows: bars labelled by project name, or by case number where names
 * would not fit (a phone), up to TIMELINE_BAR_LIMIT dated projects; above it, running counts.
 */
export function projectTimelineSeries(
  dataset: ProjectsDataset,
  regions: readonly Region[],
  rows: Int32Array,
  lang: Language,
  options: { shortLabels?: boolean } = {},
): ProjectTimelineSeries {
  const columns = columnsOf(dataset);
  const starts = columns.days.startDate ?? new Int32Array(columns.rowCount).fill(MISSING);
  const ends = columns.days.endDate ?? new Int32Array(columns.rowCount).fill(MISSING);
  let dated = 0;
  let firstDay = Infinity;
  let lastDay = -Infinity;
  const undatedRows: number[] = [];
  for (const row of rows) {
    const start = starts[row]!;
    const end = ends[row]!;
    if (start === MISSING || end === MISSING) {
      undatedRows.push(row);
      continue;
    }
    dated += 1;
    firstDay = Math.min(firstDay, start);
    lastDay = Math.max(lastDay, end);
  }
  const collator = new Intl.Collator(localeOf(lang), { numeric: true });
  const rowAt = (row: number) => projectRowAt(dataset, regions, row, lang);
  const itemRows =
    dated > TIMELINE_BAR_LIMIT
      ? []
      : Array.from(rows)
          .filter((row) => starts[row] !== MISSING && ends[row] !== MISSING)
          .map(rowAt)
          .sort(
            (a, b) =>
              a.startDate!.localeCompare(b.startDate!) ||
              a.endDate!.localeCompare(b.endDate!) ||
              collator.compare(a.name, b.name),
          );
  return {
    items: itemRows.map((row) => ({
      key: row.id,
      label: options.shortLabels ? (row.caseNumber ?? row.name) : row.name,
      start: new Date(`${row.startDate}T00:00:00Z`),
      end: new Date(`${row.endDate}T00:00:00Z`),
      provenance: periodKind(row),
    })),
    itemRows,
    months: dated > TIMELINE_BAR_LIMIT ? runningMonths(rows, starts, ends, firstDay, lastDay) : [],
    dated,
    undated:
      undatedRows.length > UNDATED_NAMES_LIMIT
        ? []
        : undatedRows.map((row) => rowAt(row).name).sort(collator.compare),
    undatedCount: undatedRows.length,
    first: dated > 0 ? isoDateFromDays(firstDay) : null,
    last: dated > 0 ? isoDateFromDays(lastDay) : null,
  };
}
