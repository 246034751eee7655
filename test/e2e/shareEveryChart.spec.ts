import { readFile } from 'node:fs/promises';
import { csvParseRows, dsvFormat } from 'd3-dsv';
import { expect, test } from './fixtures';

/** Every chart of every view, where it is shown and what its marks are. */
const CHARTS = [
  { chartId: 'survey-national', path: '/survey', marks: 'svg[role="img"] g[data-key]' },
  {
    chartId: 'survey-region',
    path: '/survey?region=SE-AB',
    marks: 'svg[role="img"] g[data-key]',
  },
  { chartId: 'sectors-order', path: '/sectors', marks: 'svg[role="img"] g[data-sector]' },
  { chartId: 'sectors-summary', path: '/sectors', marks: 'svg[role="img"] g[data-row]' },
  { chartId: 'sectors-matrix', path: '/sectors', marks: 'tbody tr[data-row]' },
  { chartId: 'results-counts', path: '/results', marks: 'svg[role="img"] g[data-key]' },
  { chartId: 'results-matrix', path: '/results', marks: 'tbody tr[data-row]' },
  { chartId: 'projects-map', path: '/projects', marks: 'button[data-region]' },
  { chartId: 'projects-timeline', path: '/projects', marks: 'svg[role="img"] g[data-key]' },
  { chartId: 'projects-table', path: '/projects', marks: 'tbody tr[data-row]' },
] as const;

for (const chart of CHARTS) {
  test(`${chart.chartId}: the table has a row per mark, and the CSV a row per table row`, async ({
    page,
  }) => {
    const separator = chart.path.includes('?') ? '&' : '?';
    await page.goto(`${chart.path}${separator}lang=en`);
    const figure = page.locator(`#${chart.chartId}`);
    const marks = figure.locator(chart.marks);
    await expect(marks.first()).toBeVisible();
    const markCount = await marks.count();
    expect(markCount).toBeGreaterThan(0);

    await figure
      .getByRole('group', { name: 'Show as' })
      .getByRole('button', { name: 'Table' })
      .click();
    const tableRows = figure.locator('.share-table-view table tbody tr');
    await expect(tableRows).toHaveCount(markCount);
    const firstCells = await tableRows.evaluateAll((rows) =>
      rows.map((row) => row.querySelector('th, td')?.textContent?.trim() ?? ''),
    );

    const downloaded = async (item: string) => {
      await figure.locator('summary', { hasText: 'Download' }).click();
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        figure.getByRole('button', { name: item, exact: true }).click(),
      ]);
      const text = (await readFile(await download.path())).toString('utf8');
      expect(text.startsWith('\uFEFF')).toBe(true);
      return text.slice(1).trim();
    };
    const [header, ...rows] = csvParseRows(await downloaded('CSV data (commas, decimal point)'));
    expect(header?.at(-2)).toMatch(/^Provenance/);
    expect(rows).toHaveLength(markCount);
    expect(rows.map((row) => row[0]?.replace(/^'/, '') ?? '')).toEqual(
      firstCells.map((cell) => cell.replace(/\s+/g, ' ')),
    );
    const excel = dsvFormat(';').parseRows(
      await downloaded('CSV data for Swedish Excel (semicolons, decimal comma)'),
    );
    expect(excel[0]).toEqual(header);
    expect(excel.slice(1).map((row) => row[0])).toEqual(rows.map((row) => row[0]));
  });
}
