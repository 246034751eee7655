import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';

interface View {
  path: string;
  /** The marks that show the view's charts are drawn with its data, and how many there are. */
  marks: (page: Page) => Locator;
  count: number;
}

const VIEWS: readonly View[] = [
  {
    path: '/',
    marks: (page) => page.locator('.highlight').filter({ hasText: 'Tvärsektoriell samverkan' }),
    count: 1,
  },
  {
    path: '/survey',
    marks: (page) => page.getByRole('figure', { name: /Vilka kompetenser/ }).locator('g[data-key]'),
    count: 12,
  },
  {
    path: '/sectors',
    marks: (page) =>
      page.getByRole('figure', { name: 'Sektorer i varje exempel' }).locator('tr[data-row]'),
    count: 19,
  },
  {
    path: '/results',
    marks: (page) =>
      page
        .getByRole('figure', { name: 'Vilka projekt som redovisar resultat på vilken nivå' })
        .locator('tr[data-row]'),
    count: 40,
  },
  {
    path: '/projects',
    marks: (page) =>
      page.getByRole('figure', { name: 'Projektlista' }).locator('tbody tr[data-row]'),
    count: 40,
  },
  {
    path: '/projects/22-018-S01',
    marks: (page) => page.getByRole('rowheader', { name: 'Diarienummer / Projektnummer' }),
    count: 1,
  },
];

const offlineBadge = (page: Page) => page.getByRole('status').filter({ hasText: /^offline/ });

async function expectDrawn(page: Page, view: View): Promise<void> {
  await expect(view.marks(page)).toHaveCount(view.count);
  await expect(page.locator('.chart-skeleton')).toHaveCount(0);
  await expect(page.locator('.chart-state--error')).toHaveCount(0);
}

/** The first visit: it ends once the service worker, with everything precached, controls the page. */
async function visitOnce(page: Page, url = '/'): Promise<void> {
  await page.goto(url);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}

/** "hh:mm" in the tests' time zone, for each minute from `start` to now. */
function minutesSince(start: number): string[] {
  const format = new Intl.DateTimeFormat('sv-SE', {
    hour: '2-digit',
    minute: '2-digit',
    timeZone: 'Europe/Stockholm',
  });
  const minutes = new Set<string>();
  for (let time = start - 60_000; time <= Date.now() + 60_000; time += 30_000) {
    minutes.add(format.format(time));
  }
  return [...minutes];
}

test.describe('offline', () => {
  test('after one visit, every view boots with its data with the network gone', async ({
    page,
    context,
  }) => {
    const firstVisit = Date.now();
    await visitOnce(page);
    await context.setOffline(true);
    for (const view of VIEWS) {
      const response = await page.goto(view.path);
      expect(response?.fromServiceWorker(), `${view.path} comes from the service worker`).toBe(
        true,
      );
      await expectDrawn(page, view);
      // The time the data was fetched on the first visit, not the time of this offline load.
      const badgeText = await offlineBadge(page).textContent();
      expect(badgeText).toMatch(/^offline · data från \d\d:\d\d/);
      expect(minutesSince(firstVisit)).toContain(badgeText?.match(/\d\d:\d\d/)?.[0]);
    }
    await page.goto('/sectors?lang=en');
    await expect(offlineBadge(page)).toContainText(/^offline · data from \d\d:\d\d/);

    await context.setOffline(false);
    await expect(offlineBadge(page)).toHaveCount(0);
  });

  test('cutting the network mid-session blanks nothing and shows only the badge', async ({
    page,
    context,
  }) => {
    const results = VIEWS.find((view) => view.path === '/results')!;
    await visitOnce(page, results.path);
    await expectDrawn(page, results);
    await expect(offlineBadge(page)).toHaveCount(0);

    await context.setOffline(true);
    await expect(offlineBadge(page)).toBeVisible();
    await expectDrawn(page, results);

    // Views not opened before load their data from the service worker's copy.
    await page.getByRole('navigation').getByRole('link', { name: 'Sektorsmix' }).click();
    await expectDrawn(
      page,
      VIEWS.find((view) => view.path === '/sectors')!,
    );
    await page
      .getByRole('navigation')
      .getByRole('link', { name: 'Enkätens prioriteringar' })
      .click();
    await expectDrawn(
      page,
      VIEWS.find((view) => view.path === '/survey')!,
    );
    await expect(offlineBadge(page)).toBeVisible();

    await context.setOffline(false);
    await expect(offlineBadge(page)).toHaveCount(0);
  });

  test('an hour offline, with the data refetched, brings no error and no blank chart', async ({
    page,
    context,
  }) => {
    await page.clock.install();
    const firstVisit = Date.now();
    await visitOnce(page, '/sectors');
    await context.setOffline(true);
    const badgeAtStart = await offlineBadge(page).textContent();
    expect(minutesSince(firstVisit)).toContain(badgeAtStart?.match(/\d\d:\d\d/)?.[0]);

    let dataRequests = 0;
    page.on('request', (request) => {
      if (request.url().includes('/data/')) dataRequests += 1;
    });
    const tour = ['Resultatnivåer', 'Projekt', 'Sektorsmix', 'Enkätens prioriteringar'];
    for (let minute = 5; minute <= 60; minute += 5) {
      // Past the data's five minutes of freshness, so each view refetches what it shows.
      await page.clock.fastForward('05:00');
      const linkName = tour[(minute / 5) % tour.length]!;
      await page.getByRole('navigation').getByRole('link', { name: linkName, exact: true }).click();
      const view = VIEWS.find((candidate) => page.url().endsWith(candidate.path))!;
      await expectDrawn(page, view);
      // Refetched offline, the data is still the first visit's, and the badge says so.
      await expect(offlineBadge(page)).toHaveText(badgeAtStart!);
    }
    expect(dataRequests, 'the views refetched their data').toBeGreaterThan(10);
  });

  test('an hour offline in a presentation that refreshes every minute: no error, no blank chart', async ({
    page,
    context,
  }) => {
    await page.clock.install();
    await visitOnce(page, '/present?step=1&refresh=60&lang=en');
    await context.setOffline(true);
    let dataRequests = 0;
    page.on('request', (request) => {
      if (request.url().includes('/data/')) dataRequests += 1;
    });
    const chart = page.locator('figure [role="img"], figure table').first();
    for (let minute = 5; minute <= 60; minute += 5) {
      await page.clock.runFor('05:00');
      await expect(chart).toBeVisible();
      await expect(page.locator('.chart-skeleton')).toHaveCount(0);
      await expect(page.locator('.chart-state--error')).toHaveCount(0);
      if (minute % 10 === 0) await page.keyboard.press('ArrowRight');
    }
    expect(dataRequests, 'the presentation refreshed its data').toBeGreaterThanOrEqual(12);
  });

  test('the app is installable and its policy allows only the service worker URL', async ({
    page,
  }) => {
    const response = await page.goto('/');
    const policy = response?.headers()['content-security-policy'] ?? '';
    expect(policy).toContain("require-trusted-types-for 'script'");
    expect(policy).toContain('trusted-types sw-script-url');
    expect(policy).not.toContain('unsafe');

    const manifest = await (await page.request.get('/manifest.webmanifest')).json();
    expect(manifest).toMatchObject({
      name: 'Social innovation i Sverige',
      short_name: 'Social innovation',
      start_url: '/',
      display: 'standalone',
      theme_color: expect.stringMatching(/^#/),
    });
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    const session = await page.context().newCDPSession(page);
    const { installabilityErrors } = await session.send('Page.getInstallabilityErrors');
    // Playwright's contexts are incognito, where no app installs; nothing else stands in the way.
    expect(installabilityErrors.map((error) => error.errorId)).toEqual(['in-incognito']);
  });

  test('a presentation boots offline and steps through every step with its chart', async ({
    page,
    context,
  }) => {
    await visitOnce(page, '/present?step=1&lang=en');
    await context.setOffline(true);
    await page.reload();
    // The badge is part of the caption, beside the filters and the provenance mark, not over them.
    const caption = page.locator('.presentation-caption');
    await expect(caption.getByRole('status')).toContainText(/^offline/);
    const [badge, captionText] = await Promise.all([
      caption.getByRole('status').boundingBox(),
      caption.locator('.presentation-caption__text').boundingBox(),
    ]);
    expect(badge!.x).toBeGreaterThanOrEqual(captionText!.x + captionText!.width);
    const controls = page.getByRole('region', { name: 'Presentation controls' });
    const total = Number(
      (await controls.getByText(/^Step 1 of \d+$/).textContent())?.match(/\d+$/),
    );
    expect(total).toBeGreaterThan(1);
    for (let step = 1; step <= total; step += 1) {
      await expect(page).toHaveURL(new RegExp(`[?&]step=${step}(&|$)`));
      await expect(controls.getByText(`Step ${step} of ${total}`)).toBeAttached();
      await expect(page.locator('figure [role="img"], figure table').first()).toBeVisible();
      await expect(page.locator('.chart-skeleton')).toHaveCount(0);
      await expect(page.locator('.chart-state--error')).toHaveCount(0);
      await page.keyboard.press('ArrowRight');
    }
  });
});

test.describe('the network drops while the app itself downloads', () => {
  test.use({
    serviceWorkers: 'block',
    expectedProblems: /Failed to load resource|Failed to fetch dynamically imported module/i,
  });

  test('the page says so instead of staying blank, and loads when asked again', async ({
    page,
  }) => {
    const appCode = /\/assets\/app-[^/]+\.js$/;
    await page.route(appCode, (route) => route.abort('internetdisconnected'));
    await page.goto('/results?lang=en');
    const heading = page.getByRole('heading', { name: 'The dashboard could not load' });
    await expect(heading).toBeFocused();
    await expect(page).toHaveTitle('The dashboard could not load');

    await page.unroute(appCode);
    await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name: 'Try again' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(
      page.getByRole('figure', { name: 'Which projects report results at which level' }),
    ).toBeVisible();
    await expect(heading).toHaveCount(0);
  });
});
