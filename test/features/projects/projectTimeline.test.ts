import { describe, expect, it } from 'vitest';
import projectsFile from '../../../public/data/projects.json';
import regionsFile from '../../../public/data/regions.json';
import { projectsDatasetSchema } from '../../../src/data/projectsSchema';
import { regionsDatasetSchema } from '../../../src/data/regionsSchema';
import { projectRows } from '../../../src/features/projects/projectTable';
import { projectTimelineSeries } from '../../../src/features/projects/projectTimeline';

const { projects } = projectsDatasetSchema.parse(projectsFile);
const { regions } = regionsDatasetSchema.parse(regionsFile);
const rows = projectRows(projects, regions, 'sv');

describe('projectTimelineSeries', () => {
  it('draws the dated projects by start date and lists the undated ones', () => {
    const series = projectTimelineSeries(rows, 'sv');
    expect(series.items).toHaveLength(38);
    expect(series.items[0]).toEqual({
      key: 'social-innovation-skane',
      label: 'Social Innovation Skåne',
      start: new Date(Date.UTC(2015, 8, 1)),
      end: new Date(Date.UTC(2018, 7, 31)),
    });
    const starts = series.items.map((item) => item.start.getTime());
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    expect(series.undated).toEqual(['Barnfattigdom i Botkyrka', 'Barnutsatthet i Örebro']);
    expect(series.first).toBe('2015-09-01');
    expect(series.last).toBe('2028-09-30');
  });

  it('labels the bars by case number when asked for short labels', () => {
    const series = projectTimelineSeries(rows, 'sv', { shortLabels: true });
    expect(series.items.map((item) => item.label)).toContain('22-018-S01');
    // A record without a case number keeps its name.
    expect(series.items[0]?.label).toBe('Social Innovation Skåne');
  });

  it('has no period without dated projects', () => {
    const undated = rows.filter((row) => row.startDate === null);
    const series = projectTimelineSeries(undated, 'sv');
    expect(series.items).toEqual([]);
    expect(series.first).toBeNull();
    expect(series.last).toBeNull();
    expect(series.undated).toHaveLength(2);
  });
});
