import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { Locator, Page, Route } from '@playwright/test';
import { expect, test } from './fixtures';

declare global {
  interface Window {
    /** The longest time between two animation frames, and every long task, since the page began. */
    __frameGaps: { longest: number; longTasks: number[] };
  }
}

declare global {
  interface Window {
    /** The longest time between two animation frames since the page began. */
    __longestFrameGap: number;
  }
}

const dataFolder = path.resolve(import.meta.dirname, '..', '..', 'public', 'data');

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
type DatasetFile = 'survey-2019.json' | 'collaborations.json' | 'projects.json' | 'regions.json';

const bundledText = (file: DatasetFile) => readFileSync(path.join(dataFolder, file), 'utf8');

function changed(file: DatasetFile, change: (data: Json) => void): string {
  const data = JSON.parse(bundledText(file)) as Json;
  change(data);
  return JSON.stringify(data);
}

/** Where each dataset shows, how to tell it is drawn, and a view that does not need it. */
const VIEWS: Record<
  Exclude<DatasetFile, 'regions.json'>,
  { path: string; drawn: (page: Page) => Locator; count: number; elsewhere: string }
> = {
  'survey-2019.json': {
    path: '/survey?lang=en',
    drawn: (page) =>
      page
        .getByRole('figure', {
          name: 'Which competences do public officials need for social innovation?',
        })
        .locator('g[data-key]'),
    count: 12,
    elsewhere: 'Sector mix',
  },
  'collaborations.json': {
    path: '/sectors?lang=en',
    drawn: (page) =>
      page.getByRole('figure', { name: 'Sectors in each example' }).locator('tr[data-row]'),
    count: 19,
    elsewhere: 'Survey priorities',
  },
  'projects.json': {
    path: '/results?lang=en',
    drawn: (page) =>
      page
        .getByRole('figure', { name: 'Which projects report results at which level' })
        .locator('tr[data-row]'),
    count: 40,
    elsewhere: 'Sector mix',
  },
};
const OTHER_VIEW_DRAWN: Record<string, { file: keyof typeof VIEWS }> = {
  'Sector mix': { file: 'collaborations.json' },
  'Survey priorities': { file: 'survey-2019.json' },
};

const json = (body: string) => ({ status: 200, contentType: 'application/json', body });

/** One bad answer per case; `message` is what the error must say (file, record, field). */
interface BadCase {
  name: string;
  file: keyof typeof VIEWS;
  respond: (route: Route) => Promise<void>;
  message: RegExp;
  /** Retried with back-off or timed out: fake time is fast-forwarded. */
  waits?: true;
}

const BAD_CASES: BadCase[] = [
  {
    name: 'malformed JSON',
    file: 'survey-2019.json',
    respond: (route) => route.fulfill(json('{"dataset": "survey-2019",, }')),
    message: /survey-2019\.json: not valid JSON/,
  },
  {
    name: 'truncated JSON',
    file: 'projects.json',
    respond: (route) => route.fulfill(json(bundledText('projects.json').slice(0, 4000))),
    message: /projects\.json: not valid JSON/,
  },
  {
    name: 'an HTML page served as 200',
    file: 'collaborations.json',
    respond: (route) =>
      route.fulfill({
        status: 200,
        contentType: 'text/html',
        body: '<!doctype html><title>Log in to the Wi-Fi</title>',
      }),
    message: /collaborations\.json: expected JSON but got an HTML page/,
  },
  {
    name: 'a wrong type',
    file: 'survey-2019.json',
    respond: (route) =>
      route.fulfill(json(changed('survey-2019.json', (data) => (data.shares[3].share = '15%')))),
    message:
      /survey-2019\.json: shares\[3\]\.share: expected a number between 0 and 100, got "15%"/,
  },
  {
    name: 'a missing field',
    file: 'collaborations.json',
    respond: (route) =>
      route.fulfill(json(changed('collaborations.json', (data) => delete data.examples[2].name))),
    message: /collaborations\.json: examples\[2\]\.name: expected object, but the field is missing/,
  },
  {
    name: 'an extra field',
    file: 'projects.json',
    respond: (route) =>
      route.fulfill(json(changed('projects.json', (data) => (data.projects[3].secret = 'x')))),
    message: /projects\.json: projects\[3\]: unexpected field "secret"/,
  },
  {
    name: 'a duplicate id',
    file: 'projects.json',
    respond: (route) =>
      route.fulfill(
        json(changed('projects.json', (data) => (data.projects[8].id = data.projects[1].id))),
      ),
    message: /projects\.json: projects\[8\]\.id: duplicate project id/,
  },
  {
    name: 'shares that do not sum to 100',
    file: 'survey-2019.json',
    respond: (route) =>
      route.fulfill(json(changed('survey-2019.json', (data) => (data.shares[0].share = 25)))),
    message: /survey-2019\.json: shares\[0\]\.share: the shares of region SE sum to 110, not 100/,
  },
  {
    name: 'a negative value',
    file: 'projects.json',
    respond: (route) =>
      route.fulfill(
        json(changed('projects.json', (data) => (data.projects[0].amounts[0].amount = -100))),
      ),
    message: /projects\.json: projects\[0\]\.amounts\[0\]\.amount: .*got -100/,
  },
  {
    name: '"NaN" as a number',
    file: 'survey-2019.json',
    respond: (route) =>
      route.fulfill(json(changed('survey-2019.json', (data) => (data.shares[5].share = 'NaN')))),
    message:
      /survey-2019\.json: shares\[5\]\.share: expected a number between 0 and 100, got "NaN"/,
  },
  {
    name: 'null as a number',
    file: 'survey-2019.json',
    respond: (route) =>
      route.fulfill(json(changed('survey-2019.json', (data) => (data.shares[5].share = null)))),
    message: /survey-2019\.json: shares\[5\]\.share: expected a number between 0 and 100, got null/,
  },
  {
    name: 'an end date before the start',
    file: 'projects.json',
    respond: (route) =>
      route.fulfill(
        json(changed('projects.json', (data) => (data.projects[0].endDate.value = '2001-01-01'))),
      ),
    message:
      /projects\.json: projects\[0\]\.endDate\.value: the project ends \(2001-01-01\) before/,
  },
  {
    name: 'Windows-1252 bytes',
    file: 'collaborations.json',
    respond: (route) =>
      route.fulfill({
        status: 200,
        contentType: 'application/json',
        body: Buffer.from(
          bundledText('collaborations.json').replace(/[\u0100-\uffff]/g, '?'),
          'latin1',
        ),
      }),
    message: /collaborations\.json: [\w.[\]]+: the file is not UTF-8/,
  },
  {
    name: 'a 50 MB file',
    file: 'collaborations.json',
    // The declared length; a file streamed without one is cut off at 10 MB (unit-tested, as
    // Playwright cannot stream a body).
    respond: (route) =>
      route.fulfill({
        status: 200,
        headers: { 'Content-Type': 'application/json', 'Content-Length': String(50 * 1024 * 1024) },
        body: '[]',
      }),
    message: /collaborations\.json: the file is (50 MB, more than|larger than) the limit of 10 MB/,
  },
  {
    name: 'HTTP 404',
    file: 'projects.json',
    respond: (route) => route.fulfill({ status: 404, body: 'Not Found' }),
    message: /projects\.json: the server answered 404/,
  },
  {
    name: 'HTTP 500 (after the retries)',
    file: 'survey-2019.json',
    respond: (route) => route.fulfill({ status: 500, body: 'Internal Server Error' }),
    message: /survey-2019\.json: the server answered 500/,
    waits: true,
  },
  {
    name: 'HTTP 429 (after the retries)',
    file: 'collaborations.json',
    respond: (route) =>
      route.fulfill({ status: 429, headers: { 'Retry-After': '1' }, body: 'Too Many Requests' }),
    message: /collaborations\.json: the server answered 429/,
    waits: true,
  },
  {
    name: 'a request that never answers (time-out, after the retries)',
    file: 'survey-2019.json',
    respond: () => new Promise<void>(() => {}),
    message: /survey-2019\.json: no answer within 15 s/,
    waits: true,
  },
];

/** Lets fake time pass, a few seconds at a step, until `done` holds (retries wait 2, 4, 8 s). */
async function fastForwardUntil(page: Page, done: Locator): Promise<void> {
  await expect(async () => {
    if ((await done.count()) === 0) await page.clock.fastForward(8_000);
    await expect(done.first()).toBeVisible({ timeout: 500 });
  }).toPass({ timeout: 45_000 });
}

/**
 * A valid-shaped columnar projects.json of about `megabytes` MB whose last record ends before it
 * starts: every column must be read and checked before the fault is found.
 */
function columnarProjectsEndingBadly(megabytes: number): { body: string; rowCount: number } {
  const { title, sources, resultLevels, programmeAreas } = JSON.parse(
    bundledText('projects.json'),
  ) as Json;
  const bytesPerRow = 28; // seven one-digit indices, two five-digit days and a mask, with commas
  const rowCount = Math.round((megabytes * 1024 * 1024) / bytesPerRow);
  const repeated = (item: string, last = item) => `[${`${item},`.repeat(rowCount - 1)}${last}]`;
  const provenance = { kind: 'illustrative' };
  const text = (value: string) =>
    `{"dictionary":${JSON.stringify([value])},"indices":${repeated('0')},"provenance":${JSON.stringify(provenance)}}`;
  const days = (value: number, last = value) =>
    `{"days":${repeated(String(value), String(last))},"provenance":${JSON.stringify(provenance)}}`;
  const metadata = JSON.stringify({
    dataset: 'projects',
    encoding: 'columns',
    rowCount,
    title,
    sources,
    resultLevels,
    programmeAreas,
  }).slice(0, -1);
  const columns = [
    `"id":{"prefix":"GEN-","first":1,"digits":7}`,
    `"caseNumber":${text('GEN')}`,
    `"name":${text('Generated project')}`,
    `"owner":${text('Generated owner')}`,
    `"country":${text('SE')}`,
    `"fund":${text('ESF+')}`,
    `"region":${text('SE22')}`,
    `"programmeArea":${text('C')}`,
    `"startDate":${days(19_500)}`,
    `"endDate":${days(19_800, 10_000)}`,
    `"resultLevels":{"masks":${repeated('1')},"provenance":${JSON.stringify(provenance)}}`,
  ];
  return { body: `${metadata},"columns":{${columns.join(',')}}}`, rowCount };
}

/**
 * Answers the page's projects.json requests with `body` from a server of its own, streamed as a
 * real host would (with its length): a body given to route.fulfill crosses the DevTools
 * connection whole, which takes longer than the app does.
 */
async function serveProjectsFile(
  page: Page,
  body: string,
): Promise<{ close: () => Promise<void> }> {
  const server = createServer((_request, response) => {
    response.setHeader('Content-Type', 'application/json');
    response.setHeader('Access-Control-Allow-Origin', '*');
    response.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, 'localhost', resolve));
  const { port } = server.address() as AddressInfo;
  await page.route('**/data/projects.json', (route) =>
    route.continue({ url: `http://localhost:${port}/projects.json` }),
  );
  return {
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

const errorAlert = (page: Page, file: string) => page.getByRole('alert').filter({ hasText: file });

test.describe('bad data and broken networks', () => {
  // Page routes must see every request: no service worker answering them from its cache.
  test.use({
    serviceWorkers: 'block',
    expectedProblems: /Failed to load resource|service worker/i,
  });

  for (const badCase of BAD_CASES) {
    test(`${badCase.name} in ${badCase.file}: a clear message, and the other views still work`, async ({
      page,
    }) => {
      const view = VIEWS[badCase.file];
      if (badCase.waits) await page.clock.install();
      await page.route(`**/data/${badCase.file}`, badCase.respond);
      const started = Date.now();
      await page.goto(view.path);
      const alert = errorAlert(page, badCase.file).first();
      if (badCase.waits) await fastForwardUntil(page, alert);
      await expect(alert).toContainText(badCase.message);
      await expect(alert.getByRole('button', { name: 'Try again' })).toBeVisible();
      await expect(page.locator('.chart-skeleton')).toHaveCount(0);
      if (!badCase.waits) {
        expect(Date.now() - started, 'the message comes without a wait').toBeLessThan(15_000);
      }

      await page.getByRole('navigation').getByRole('link', { name: view.elsewhere }).click();
      const other = VIEWS[OTHER_VIEW_DRAWN[view.elsewhere]!.file];
      await expect(other.drawn(page)).toHaveCount(other.count);
      await expect(page.getByRole('alert')).toHaveCount(0);
    });
  }

  test('a projects.json over its 64 MB limit: a clear size error, the other views unaffected', async ({
    page,
  }) => {
    const padding = 65 * 1024 * 1024;
    const server = await serveProjectsFile(
      page,
      `{"dataset":"projects","padding":"${'x'.repeat(padding)}"}`,
    );
    const view = VIEWS['projects.json'];
    await page.goto(view.path);
    const alert = errorAlert(page, 'projects.json').first();
    await expect(alert).toContainText(
      /projects\.json: the file is 65 MB, more than the limit of 64 MB/,
    );
    await expect(alert.getByRole('button', { name: 'Try again' })).toBeVisible();
    await expect(page.locator('.chart-skeleton')).toHaveCount(0);
    for (const [name, { file }] of Object.entries(OTHER_VIEW_DRAWN)) {
      await page.getByRole('navigation').getByRole('link', { name }).click();
      await expect(VIEWS[file].drawn(page)).toHaveCount(VIEWS[file].count);
      await expect(page.getByRole('alert')).toHaveCount(0);
    }
    await server.close();
  });

  test('a 50 MB columnar projects.json whose last record is wrong: the message names it, and the page stays responsive', async ({
    page,
  }) => {
    test.setTimeout(120_000);
    const { body, rowCount } = columnarProjectsEndingBadly(50);
    expect(body.length).toBeGreaterThan(48 * 1024 * 1024);
    const server = await serveProjectsFile(page, body);
    await page.addInitScript(() => {
      window.__longestFrameGap = 0;
      let previous = performance.now();
      const tick = (now: number) => {
        window.__longestFrameGap = Math.max(window.__longestFrameGap, now - previous);
        previous = now;
        requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    });
    const view = VIEWS['projects.json'];
    const started = Date.now();
    await page.goto(view.path);
    const alert = errorAlert(page, 'projects.json').first();
    await expect(alert).toContainText(
      new RegExp(
        `projects\\.json: columns\\.endDate\\.days\\[${rowCount - 1}\\]: the project GEN-${String(rowCount).padStart(7, '0')} ends \\(1997-05-19\\) before it starts`,
      ),
      { timeout: 60_000 },
    );
    const longestFrameGap = Math.round(await page.evaluate(() => window.__longestFrameGap));
    test.info().annotations.push({
      type: 'measured',
      description: `error after ${Date.now() - started} ms; longest frame gap ${longestFrameGap} ms`,
    });
    await server.close();
    // Not frozen while the file is read and checked (in a worker); the view answers afterwards.
    expect(longestFrameGap, 'the longest time between two frames (ms)').toBeLessThan(3_000);
    await expect(alert.getByRole('button', { name: 'Try again' })).toBeVisible();
    await expect(page.locator('.chart-skeleton')).toHaveCount(0);
    await page.getByRole('navigation').getByRole('link', { name: view.elsewhere }).click();
    const other = VIEWS[OTHER_VIEW_DRAWN[view.elsewhere]!.file];
    await expect(other.drawn(page)).toHaveCount(other.count);
  });

  test('a connection that drops and returns: the retry recovers', async ({ page }) => {
    await page.clock.install();
    let attempts = 0;
    await page.route('**/data/projects.json', async (route) => {
      attempts += 1;
      if (attempts === 1) await route.abort('connectionreset');
      else await route.continue();
    });
    await page.goto(VIEWS['projects.json'].path);
    const drawn = VIEWS['projects.json'].drawn(page);
    await fastForwardUntil(page, drawn);
    await expect(drawn).toHaveCount(40);
    expect(attempts).toBe(2);
    await expect(page.getByRole('alert')).toHaveCount(0);
  });

  test('offline from the start: a clear message, not an endless spinner', async ({
    page,
    context,
  }) => {
    // The view's code arrives; its first data request finds the network gone (no service worker
    // has cached anything yet).
    let release: () => void = () => undefined;
    const offline = new Promise<void>((resolve) => (release = resolve));
    let attempts = 0;
    await page.route('**/data/survey-2019.json', async (route) => {
      attempts += 1;
      if (attempts > 1) return route.continue();
      await offline;
      return route.abort('internetdisconnected');
    });
    const regionsLoaded = page.waitForResponse('**/data/regions.json');
    await page.goto(VIEWS['survey-2019.json'].path);
    await regionsLoaded;
    await expect(page.getByRole('combobox', { name: 'Region' }).locator('option')).not.toHaveCount(
      1,
    );
    await context.setOffline(true);
    release();
    const alert = errorAlert(page, 'survey-2019.json').first();
    await expect(alert).toContainText(
      'survey-2019.json: the device is offline and has no saved copy of this file yet',
    );
    await expect(page.locator('.chart-skeleton')).toHaveCount(0);

    // Back online, the failed query is fetched again by itself.
    await context.setOffline(false);
    await expect(VIEWS['survey-2019.json'].drawn(page)).toHaveCount(12);
  });

  test('an empty list of projects shows the empty state, not an error', async ({ page }) => {
    await page.route('**/data/projects.json', (route) =>
      route.fulfill(json(changed('projects.json', (data) => (data.projects = [])))),
    );
    await page.goto('/projects?lang=en');
    await expect(
      page.getByText('No project matches the search and filters.').first(),
    ).toBeVisible();
    await expect(page.getByRole('alert')).toHaveCount(0);
  });

  test('a byte-order mark is ignored', async ({ page }) => {
    await page.route('**/data/survey-2019.json', (route) =>
      route.fulfill(json(`\uFEFF${bundledText('survey-2019.json')}`)),
    );
    await page.goto(VIEWS['survey-2019.json'].path);
    await expect(VIEWS['survey-2019.json'].drawn(page)).toHaveCount(12);
  });

  test('a decomposed (NFD) "Malmö" is found by a search typed in NFC', async ({ page }) => {
    await page.route('**/data/projects.json', (route) =>
      route.fulfill(
        json(
          changed('projects.json', (data) => {
            data.projects[5].owner.value = 'Testkommunen i Malmo\u0308';
          }),
        ),
      ),
    );
    await page.goto(`/projects?lang=en&q=${encodeURIComponent('Testkommunen i Malmö')}`);
    await expect(
      page.getByRole('figure', { name: 'Project list' }).locator('tbody tr[data-row]'),
    ).toHaveCount(1);
    await expect(page.getByText('Testkommunen i Malmö')).toBeVisible();
  });

  test('a project in a region the regions dataset lacks: its record named, other views drawn', async ({
    page,
  }) => {
    await page.route('**/data/projects.json', (route) =>
      route.fulfill(
        json(changed('projects.json', (data) => (data.projects[6].region.value = 'SE-ZZ'))),
      ),
    );
    await page.goto('/projects?lang=en');
    await expect(errorAlert(page, 'projects.json').first()).toContainText(
      'projects.json: projects[6].region.value: unknown region "SE-ZZ" (not in regions.json)',
    );
    await page.goto('/sectors?lang=en');
    await expect(VIEWS['collaborations.json'].drawn(page)).toHaveCount(
      VIEWS['collaborations.json'].count,
    );
    await expect(page.getByRole('alert')).toHaveCount(0);
  });

  test('data loaded before stays shown with a stale note when a refresh gets bad data', async ({
    page,
  }) => {
    await page.clock.install();
    let broken = false;
    await page.route('**/data/survey-2019.json', (route) =>
      broken ? route.fulfill(json('{"truncated": ')) : route.continue(),
    );
    const survey = VIEWS['survey-2019.json'];
    await page.goto(survey.path);
    await expect(survey.drawn(page)).toHaveCount(12);
    broken = true;
    // Past the five minutes data stays fresh, then back to the view: it refetches.
    await page.getByRole('navigation').getByRole('link', { name: 'Sector mix' }).click();
    await expect(page.getByRole('heading', { level: 1 })).not.toHaveText('Survey priorities');
    await page.clock.fastForward(6 * 60_000);
    await page.getByRole('navigation').getByRole('link', { name: 'Survey priorities' }).click();
    await expect(
      page.getByText('Showing the data loaded earlier; refreshing it failed.'),
    ).toBeVisible();
    await expect(survey.drawn(page)).toHaveCount(12);
  });
});
