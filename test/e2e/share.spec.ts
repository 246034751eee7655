import { readFile } from 'node:fs/promises';
import { csvParseRows, dsvFormat } from 'd3-dsv';
import type { Page } from '@playwright/test';
import { pngSize, pngTexts } from '../share/pngChunks';
import { expect, expectNoSeriousAxeViolations, test } from './fixtures';

const CHART_ID = 'survey-national';

async function downloadFrom(page: Page, menuItem: string): Promise<{ name: string; body: Buffer }> {
  const figure = page.locator(`#${CHART_ID}`);
  await figure.locator('summary', { hasText: /Download|Ladda ned/ }).click();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    figure.getByRole('button', { name: menuItem, exact: true }).click(),
  ]);
  const path = await download.path();
  return { name: download.suggestedFilename(), body: await readFile(path) };
}

/** The table's rows as the cells' text, header cells included. */
async function tableRows(page: Page): Promise<string[][]> {
  return page
    .locator(`#${CHART_ID} table tbody tr`)
    .evaluateAll((rows) =>
      rows.map((row) => [...row.querySelectorAll('th, td')].map((cell) => cell.textContent ?? '')),
    );
}

test.describe('explain and share a chart', () => {
  test('the table shows what the bars show, in the same order, and passes axe', async ({
    page,
  }) => {
    await page.goto('/survey?lang=en');
    const figure = page.locator(`#${CHART_ID}`);
    const bars = figure.getByRole('img').locator('g[data-key]');
    await expect(bars).toHaveCount(12);
    const barRows = await bars.evaluateAll((rows) =>
      rows.map((row) => {
        const texts = [...row.querySelectorAll('text')].map((text) => text.textContent ?? '');
        return {
          key: row.getAttribute('data-key'),
          rank: texts[0],
          label: texts.slice(1, -1).join(' '),
          value: texts.at(-1),
        };
      }),
    );

    await figure.getByRole('button', { name: 'Table' }).click();
    await expect(figure.getByRole('button', { name: 'Table' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    await expect(figure.getByRole('img')).toBeHidden();
    const table = figure.getByRole('table');
    await expect(table).toBeVisible();
    const keys = await table
      .locator('tbody tr')
      .evaluateAll((rows) => rows.map((row) => row.getAttribute('data-row')));
    expect(keys).toEqual(barRows.map((row) => row.key));
    const rows = await tableRows(page);
    expect(rows.map((cells) => cells.slice(0, 3))).toEqual(
      barRows.map((row) => [row.rank, row.label, row.value]),
    );
    expect(rows.every((cells) => cells[3]?.startsWith('Published'))).toBe(true);
    await expectNoSeriousAxeViolations(page);

    await figure.getByRole('button', { name: 'Chart' }).click();
    await expect(figure.getByRole('img')).toBeVisible();
  });

  test('PNG downloads have the preset’s size and carry title and source', async ({ page }) => {
    await page.goto('/survey?lang=en');
    await expect(page.locator(`#${CHART_ID}`).getByRole('img')).toBeVisible();
    const presets = [
      { item: 'PNG image, 16:9', file: 'survey-national-en-16x9.png', width: 1600, height: 900 },
      { item: 'PNG image, 4:3', file: 'survey-national-en-4x3.png', width: 1600, height: 1200 },
      {
        item: 'PNG image, square',
        file: 'survey-national-en-square.png',
        width: 1200,
        height: 1200,
      },
    ];
    for (const preset of presets) {
      const { name, body } = await downloadFrom(page, preset.item);
      expect(name).toBe(preset.file);
      const png = new Uint8Array(body);
      expect(pngSize(png)).toEqual({ width: preset.width, height: preset.height });
      const texts = pngTexts(png);
      expect(texts.Title).toBe('Which competences do public officials need for social innovation?');
      expect(texts.Source).toContain('MSI');
      expect(texts.Description).toContain('Cross-sector collaboration');
    }
  });

  test('the SVG download is a valid standalone SVG with the title and source line', async ({
    page,
    context,
  }) => {
    await page.goto('/survey?lang=en');
    await expect(page.locator(`#${CHART_ID}`).getByRole('img')).toBeVisible();
    const { name, body } = await downloadFrom(page, 'SVG image, 16:9');
    expect(name).toBe('survey-national-en-16x9.svg');
    // Parsed in a blank page: the dashboard's Trusted Types policy rightly refuses DOMParser.
    const blank = await context.newPage();
    const parsed = await blank.evaluate((svg) => {
      const document = new DOMParser().parseFromString(svg, 'image/svg+xml');
      return {
        error: document.querySelector('parsererror')?.textContent ?? null,
        root: document.documentElement.localName,
        width: document.documentElement.getAttribute('width'),
        title: document.querySelector('svg > title')?.textContent,
        texts: [...document.querySelectorAll('text')].map((text) => text.textContent),
        bars: document.querySelectorAll('svg svg g').length,
      };
    }, body.toString('utf8'));
    await blank.close();
    expect(parsed.error).toBeNull();
    expect(parsed.root).toBe('svg');
    expect(parsed.width).toBe('1600');
    expect(parsed.title).toBe('Which competences do public officials need for social innovation?');
    expect(parsed.texts.join(' ')).toContain('MSI');
    expect(parsed.texts).toContain('Cross-sector collaboration');
    expect(parsed.bars).toBeGreaterThanOrEqual(12);
  });

  test('the CSV rows equal the table rows, in Swedish, and the JSON parses', async ({ page }) => {
    await page.goto('/survey');
    const figure = page.locator(`#${CHART_ID}`);
    await figure.getByRole('button', { name: 'Tabell' }).click();
    const rows = await tableRows(page);

    const { name, body } = await downloadFrom(page, 'CSV-data (komman, decimalpunkt)');
    expect(name).toBe('survey-national-sv.csv');
    const text = body.toString('utf8');
    expect(text.startsWith('\uFEFF')).toBe(true);
    const [header, ...csvRows] = csvParseRows(text.slice(1));
    const tableHeader = await figure.locator('table thead th').allTextContents();
    expect(tableHeader).toEqual(['Rang', 'Område', expect.stringMatching(/^Andel/), 'Ursprung']);
    expect(header).toEqual([...tableHeader, 'Varifrån värdet kommer']);
    const percent = new Intl.NumberFormat('sv-SE', { style: 'percent', maximumFractionDigits: 1 });
    // The table's provenance cell is the chip ("Publicerad") followed by the detail.
    expect(
      csvRows.map(([rank, area, share, kind, detail]) => [
        rank,
        area,
        percent.format(Number(share) / 100),
        `${kind}${detail}`,
      ]),
    ).toEqual(rows.map((cells) => cells.slice(0, 4)));
    expect(csvRows.every((cells) => cells[3] === 'Publicerad' && cells[4])).toBe(true);

    const excel = await downloadFrom(page, 'CSV-data för svenskt Excel (semikolon, decimalkomma)');
    expect(excel.name).toBe('survey-national-excel-sv.csv');
    const excelRows = dsvFormat(';').parseRows(excel.body.toString('utf8').slice(1));
    expect(excelRows[0]).toEqual(header);
    expect(excelRows.slice(1).map((cells) => cells[2])).toEqual(
      csvRows.map((cells) => cells[2]!.replace('.', ',')),
    );
    expect(excelRows.find((cells) => cells[1] === 'Förändringsledning')?.[2]).toBe('9,5');

    const json = await downloadFrom(page, 'JSON-data');
    expect(json.name).toBe('survey-national-sv.json');
    const document = JSON.parse(json.body.toString('utf8'));
    expect(document.chartId).toBe(CHART_ID);
    expect(document.illustrative).toBe(false);
    expect(document.rows).toHaveLength(12);
    expect(document.rows[0]).toMatchObject({ share: 15, provenance: { kind: 'published' } });
  });

  test('a copied link opens the same view, at the chart, in a fresh page', async ({
    page,
    context,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto('/survey?lang=en&region=SE-AB');
    const figure = page.locator(`#${CHART_ID}`);
    await figure.getByRole('button', { name: 'Copy link' }).click();
    await expect(figure.getByRole('status')).toHaveText('Link copied');
    const link = await page.evaluate(() => navigator.clipboard.readText());
    expect(link).toMatch(/\/survey\?lang=en&region=SE-AB#survey-national$/);

    const fresh = await context.newPage();
    await fresh.goto(link);
    await expect(
      fresh.getByRole('figure', { name: 'Stockholm County compared with Sweden' }),
    ).toBeVisible();
    await expect(fresh.locator(`#${CHART_ID}`).getByRole('img')).toBeVisible();
    await fresh.close();
  });

  test('a chart shown as its table stays a table after a reload and in a copied link', async ({
    page,
    context,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto('/results?lang=en');
    const matrix = page.locator('#results-matrix');
    const showAs = matrix.getByRole('group', { name: 'Show as' });
    await showAs.getByRole('button', { name: 'Table' }).click();
    await expect(page).toHaveURL(/[?&]table=results-matrix/);
    await page.reload();
    await expect(showAs.getByRole('button', { name: 'Table' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    await expect(matrix.locator('.share-table-view table')).toBeVisible();
    await matrix.getByRole('button', { name: 'Copy link' }).click();
    const link = await page.evaluate(() => navigator.clipboard.readText());
    expect(link).toContain('table=results-matrix');
    await page.goBack();
    await expect(showAs.getByRole('button', { name: 'Chart' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
  });

  test('the embed dialog gives the embed address and snippet, closes on Escape, passes axe', async ({
    page,
  }) => {
    await page.goto('/survey?lang=en&region=SE-AB');
    const embed = page.locator('#survey-region').getByRole('button', { name: 'Embed' });
    await embed.click();
    const dialog = page.getByRole('dialog', { name: /^Embed “Stockholm County compared/ });
    await expect(dialog).toBeVisible();
    const origin = new URL(page.url()).origin;
    const address = dialog.getByLabel('Address of the chart alone');
    await expect(address).toHaveValue(`${origin}/embed/survey-region?lang=en&region=SE-AB`);
    await dialog.getByLabel(/Lock the filters/).check();
    await expect(address).toHaveValue(`${origin}/embed/survey-region?lang=en&region=SE-AB&lock=1`);
    const snippet = await dialog.getByLabel('Code to paste into the page').inputValue();
    expect(snippet).toContain(
      `<iframe src="${origin}/embed/survey-region?lang=en&amp;region=SE-AB&amp;lock=1"`,
    );
    expect(snippet).toContain('data.type !== "si-dashboard:height"');
    await expectNoSeriousAxeViolations(page);
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(embed).toBeFocused();

    const national = page.locator(`#${CHART_ID}`).getByRole('button', { name: 'Embed' });
    await national.click();
    const nationalDialog = page.getByRole('dialog', { name: /^Embed “Which competences/ });
    await expect(nationalDialog.getByLabel('Address of the chart alone')).toBeVisible();
    await expect(nationalDialog.getByLabel(/Lock the filters/)).toHaveCount(0);
  });
  test('in a narrow card the actions show their icons on one row, named, with tooltips', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto('/results?lang=en');
    const narrow = page.locator('#results-counts');
    const tools = narrow.getByRole('group', { name: 'Table, downloads and sharing' });
    await expect(tools).toBeVisible();
    const controls = tools.locator('.share-button');
    const tops = await controls.evaluateAll((elements) =>
      elements.map((element) => Math.round(element.getBoundingClientRect().top)),
    );
    expect(tops).toHaveLength(5);
    expect(new Set(tops).size).toBe(1);

    const copy = narrow.getByRole('button', { name: 'Copy link' });
    await expect(copy).toBeVisible();
    const labelWidth = (button: typeof copy) =>
      button
        .locator('.share-button__label')
        .evaluate((label) => label.getBoundingClientRect().width);
    expect(await labelWidth(copy)).toBeLessThanOrEqual(1);
    const tooltip = () => copy.evaluate((button) => getComputedStyle(button, '::after').content);
    expect(await tooltip()).toBe('none');
    await copy.hover();
    await expect.poll(tooltip).toContain('Copy link');

    const wide = page.locator('#results-matrix').getByRole('button', { name: 'Copy link' });
    expect(await labelWidth(wide)).toBeGreaterThan(40);
  });
});
