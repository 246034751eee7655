import type { Locator, Page } from '@playwright/test';
import { expect, expectNoSeriousAxeViolations, test } from './fixtures';

const MAX_TABS = 80;

async function tabTo(page: Page, target: Locator): Promise<number> {
  for (let presses = 1; presses <= MAX_TABS; presses += 1) {
    await page.keyboard.press('Tab');
    if (await target.evaluate((node) => node === document.activeElement)) return presses;
  }
  throw new Error(`Tab never reached ${target.toString()}`);
}

async function drawn(page: Page): Promise<void> {
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.locator('.chart-skeleton')).toHaveCount(0);
}

/** Each state axe checks (WCAG 2.0–2.2 A/AA): how to reach it from a fresh page. */
const AXE_STATES: { name: string; reach: (page: Page) => Promise<void> }[] = [
  { name: 'overview', reach: (page) => page.goto('/?lang=en').then(() => drawn(page)) },
  {
    name: 'survey, filtered to a region',
    reach: (page) => page.goto('/survey?region=SE-AB&lang=en').then(() => drawn(page)),
  },
  { name: 'sector mix (Swedish)', reach: (page) => page.goto('/sectors').then(() => drawn(page)) },
  {
    name: 'result levels, narrowed to a level',
    reach: (page) =>
      page.goto('/results?level=policy&levelMode=narrow&lang=en').then(() => drawn(page)),
  },
  {
    name: 'projects, empty result',
    reach: async (page) => {
      await page.goto('/projects?q=zzzzzzzz&lang=en');
      await drawn(page);
      await expect(
        page.getByText('No project matches the search and filters.').first(),
      ).toBeVisible();
    },
  },
  {
    name: 'project record',
    reach: (page) => page.goto('/projects/22-018-S01?lang=en').then(() => drawn(page)),
  },
  { name: 'sources', reach: (page) => page.goto('/sources?lang=en').then(() => drawn(page)) },
  {
    name: 'error state',
    reach: async (page) => {
      await page.route('**/data/survey-2019.json', (route) =>
        route.fulfill({ status: 404, body: 'Not Found' }),
      );
      await page.goto('/survey?lang=en');
      await expect(page.getByRole('alert').first()).toContainText('survey-2019.json');
    },
  },
  {
    name: 'presentation',
    reach: async (page) => {
      await page.goto('/present?step=2&lang=en');
      await expect(page.locator('.chart-skeleton')).toHaveCount(0);
      await expect(page.locator('svg.chart, table').first()).toBeVisible();
    },
  },
  {
    name: 'data table shown',
    reach: async (page) => {
      await page.goto('/survey?lang=en');
      await drawn(page);
      await page.getByRole('button', { name: 'Table', exact: true }).first().click();
      await expect(page.locator('table').first()).toBeVisible();
    },
  },
  {
    name: 'embed dialog open',
    reach: async (page) => {
      await page.goto('/sectors?lang=en');
      await drawn(page);
      await page.getByRole('button', { name: 'Embed', exact: true }).first().click();
      await expect(page.getByRole('dialog')).toBeVisible();
    },
  },
  {
    name: 'level definition tip open',
    reach: async (page) => {
      await page.goto('/results?lang=en');
      await drawn(page);
      const tip = page.locator('.info-tip button, button.info-tip').first();
      await tip.focus();
      await expect(page.getByRole('tooltip').first()).toBeVisible();
    },
  },
  {
    name: 'a chart mark focused by keyboard',
    reach: async (page) => {
      await page.goto('/survey?lang=en');
      await drawn(page);
      await page.locator('svg.chart--keyboard').first().focus();
      await page.keyboard.press('ArrowDown');
      await expect(page.locator('.chart-focus-ring')).toHaveCount(1);
    },
  },
];

test.describe('accessibility', () => {
  // A route must see the data requests, which a service worker would otherwise answer.
  test.use({
    serviceWorkers: 'block',
    expectedProblems: /service worker|Failed to load resource/i,
  });

  for (const state of AXE_STATES) {
    test(`axe finds no serious violation: ${state.name}`, async ({ page }) => {
      await state.reach(page);
      await expectNoSeriousAxeViolations(page);
    });
  }

  test('chart marks: one tab stop, arrows/Home/End move a visible, announced focus', async ({
    page,
  }) => {
    await page.goto('/survey?lang=en');
    await drawn(page);
    const chart = page.locator('svg.chart--keyboard').first();
    const live = chart.locator('xpath=following-sibling::*[@aria-live="polite"][1]');
    await tabTo(page, chart);
    await expect(page.locator('.chart-focus-ring')).toHaveCount(1);
    await expect(live).toHaveText(/^1 Cross-sector collaboration: 15\s?% \(published\)$/);
    await page.keyboard.press('ArrowDown');
    await expect(live).toHaveText(/^2 Co-creation and citizen involvement: 13\s?% \(published\)$/);
    await page.keyboard.press('End');
    await expect(live).not.toHaveText(/^2 /);
    await page.keyboard.press('Home');
    await expect(live).toHaveText(/^1 /);
    const outline = await chart.evaluate((node) => getComputedStyle(node).outlineStyle);
    expect(outline).not.toBe('none');

    // Tab leaves the chart in one press: the marks are not tab stops of their own.
    await page.keyboard.press('Tab');
    await expect(chart).not.toBeFocused();
    await expect(page.locator('.chart-focus-ring')).toHaveCount(0);
  });

  test('with reduced motion, no chart mark moves for longer than 0.01 s', async ({ browser }) => {
    const context = await browser.newContext({ reducedMotion: 'reduce', serviceWorkers: 'block' });
    const page = await context.newPage();
    for (const view of ['/survey?lang=en', '/present?step=1&lang=en']) {
      await page.goto(view);
      await expect(page.locator('.chart-skeleton')).toHaveCount(0);
      await expect(page.locator('svg.chart').first()).toBeVisible();
      const slow = await page.evaluate(() => {
        const seconds = (value: string) =>
          Math.max(
            ...value.split(',').map((part) => {
              const number = Number.parseFloat(part);
              return part.trim().endsWith('ms') ? number / 1000 : number;
            }),
          );
        return [...document.querySelectorAll('svg.chart *, .chart-moving, .chart-skeleton')]
          .map((element) => {
            const style = getComputedStyle(element);
            return {
              element: element.tagName,
              transition: seconds(style.transitionDuration),
              animation: style.animationName === 'none' ? 0 : seconds(style.animationDuration),
            };
          })
          .filter(({ transition, animation }) => transition > 0.01 || animation > 0.01);
      });
      expect(slow, view).toEqual([]);
    }
    await context.close();
  });
});
