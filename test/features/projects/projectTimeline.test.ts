import { describe, expect, it } from 'vitest';
import projectsFile from '../../../public/data/projects.json';
import regionsFile from '../../../public/data/regions.json';
import { daysFromIsoDate } from '../../../src/data/projectColumns';
import { projectsDatasetSchema, type Project } from '../../../src/data/projectsSchema';
import { regionsDatasetSchema } from '../../../src/data/regionsSchema';
import {
  projectTimelineSeries,
  TIMELINE_BAR_LIMIT,
  UNDATED_NAMES_LIMIT,
} from '../../../src/features/projects/projectTimeline';

const dataset = projectsDatasetSchema.parse(projectsFile);
const { projects } = dataset;
const { regions } = regionsDatasetSchema.parse(regionsFile);
const everyRow = (count: number) => Int32Array.from({ length: count }, (_, row) => row);
const rows = everyRow(projects.length);

/** `count` copies of a dated project, the n-th starting n days after 2021-01-01 and running 60 days. */
function manyProjects(count: number, undated = 0) {
  const template = projects.find((project) => project.id === 'EX-01')!;
  const start = daysFromIsoDate('2021-01-01');
  const iso = (day: number) => new Date(day * 86_400_000).toISOString().slice(0, 10);
  const list: Project[] = Array.from({ length: count + undated }, (_, index) => ({
    ...template,
    id: `M${index}`,
    startDate: index < count ? { ...template.startDate!, value: iso(start + index) } : undefined,
    endDate: index < count ? { ...template.endDate!, value: iso(start + index + 59) } : undefined,
  }));
  return { ...dataset, projects: list };
}

describe('projectTimelineSeries', () => {
  it('draws the dated projects by start date and lists the undated ones', () => {
    const series = projectTimelineSeries(dataset, regions, rows, 'sv');
    expect(series.items).toHaveLength(38);
    expect(series.dated).toBe(38);
    expect(series.months).toEqual([]);
    expect(series.items[0]).toEqual({
      key: 'social-innovation-skane',
      label: 'Social Innovation Skåne',
      provenance: 'derived',
      start: new Date(Date.UTC(2015, 8, 1)),
      end: new Date(Date.UTC(2018, 7, 31)),
    });
    const starts = series.items.map((item) => item.start.getTime());
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    expect(series.itemRows.map((row) => row.id)).toEqual(series.items.map((item) => item.key));
    expect(series.undated).toEqual(['Barnfattigdom i Botkyrka', 'Barnutsatthet i Örebro']);
    expect(series.undatedCount).toBe(2);
    expect(series.first).toBe('2015-09-01');
    expect(series.last).toBe('2028-09-30');
  });

  it('labels the bars by case number when asked for short labels', () => {
    const series = projectTimelineSeries(dataset, regions, rows, 'sv', { shortLabels: true });
    expect(series.items.map((item) => item.label)).toContain('22-018-S01');
    // A record without a case number keeps its name.
    expect(series.items[0]?.label).toBe('Social Innovation Skåne');
  });

  it('has no period without dated projects', () => {
    const undated = Int32Array.from(rows.filter((row) => projects[row]!.startDate === undefined));
    const series = projectTimelineSeries(dataset, regions, undated, 'sv');
    expect(series.items).toEqual([]);
    expect(series.first).toBeNull();
    expect(series.last).toBeNull();
    expect(series.undated).toHaveLength(2);
  });

  it('counts the projects running in each month above the bar limit', () => {
    const many = manyProjects(TIMELINE_BAR_LIMIT + 1, UNDATED_NAMES_LIMIT + 1);
    const series = projectTimelineSeries(many, regions, everyRow(many.projects.length), 'en');
    expect(series.items).toEqual([]);
    expect(series.dated).toBe(TIMELINE_BAR_LIMIT + 1);
    // Starts run from 1 January to 11 April 2021 (day 100), each project lasting 60 days.
    expect(series.first).toBe('2021-01-01');
    expect(series.last).toBe('2021-06-09');
    expect(series.months.map((period) => period.month.toISOString().slice(0, 7))).toEqual([
      '2021-01',
      '2021-02',
      '2021-03',
      '2021-04',
      '2021-05',
      '2021-06',
    ]);
    expect(series.months.map((period) => period.starting)).toEqual([31, 28, 31, 11, 0, 0]);
    // A project runs in a month when it starts before the month ends and ends on or after its first day.
    const running = (month: string) => {
      const [first, last] = [new Date(`${month}-01`), new Date(`${month}-01`)];
      last.setUTCMonth(last.getUTCMonth() + 1);
      return many.projects.filter(
        (project) =>
          project.startDate !== undefined &&
          new Date(project.startDate.value) < last &&
          new Date(project.endDate!.value) >= first,
      ).length;
    };
    expect(series.months.map((period) => period.running)).toEqual(
      ['2021-01', '2021-02', '2021-03', '2021-04', '2021-05', '2021-06'].map(running),
    );
    expect(series.undated).toEqual([]);
    expect(series.undatedCount).toBe(UNDATED_NAMES_LIMIT + 1);
  });
});
