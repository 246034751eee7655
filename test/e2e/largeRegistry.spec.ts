import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { generateProjects } from '../../bench/generate.mjs';
import { expect, expectNoSeriousAxeViolations, test } from './fixtures';

const ROWS = 20_000;
const metadata: unknown = JSON.parse(
  readFileSync(path.resolve(import.meta.dirname, '../../public/data/projects.json'), 'utf8'),
);
const registry = JSON.stringify(generateProjects(ROWS, 3, metadata));

async function serveRegistry(page: Page) {
  await page.route('**/data/projects.json', (route) =>
    route.fulfill({ contentType: 'application/json', body: registry }),
  );
}

test.describe('a registry of 20,000 generated projects', () => {
  // Page routes must see every request: no service worker answering them from its cache.
  test.use({ serviceWorkers: 'block' });

  test('lists, counts and searches every project, drawing only the rows in view', async ({
    page,
  }) => {
    await serveRegistry(page);
    await page.goto('/projects?lang=en');
    const table = page.getByRole('figure', { name: 'Project list' });
    const list = table.getByRole('table', { name: '20,000 of 20,000 projects' });
    await expect(list).toBeVisible();
    await expect(list).toHaveAttribute('aria-rowcount', String(ROWS + 1));
    expect(await table.locator('tbody tr[data-row]').count()).toBeLessThan(60);

    const timeline = page.getByRole('figure', { name: /Project periods/ });
    await expect(timeline).toContainText('the chart counts the projects running in each month');
    await expect(timeline.getByRole('img')).toHaveAttribute(
      'aria-label',
      /^Timeline of [\d,]+ project periods from .+ At most [\d,]+ running at once, in \w+ \d{4}\.$/,
    );
    await timeline.getByRole('img').focus();
    await page.keyboard.press('ArrowRight');
    await expect(timeline.locator('[aria-live="polite"]')).toHaveText(
      /^\w+ \d{4}: [\d,]+ running, [\d,]+ starting$/,
    );

    const scrollBox = table.locator('.project-list--virtual');
    await scrollBox.evaluate((box) => box.scrollTo({ top: box.scrollHeight }));
    await expect(table.locator(`tr[aria-rowindex="${ROWS + 1}"]`)).toBeVisible();

    await page.getByRole('searchbox', { name: /Search by name/ }).fill('kommun');
    const caption = table.locator('caption');
    await expect(caption).not.toHaveText('20,000 of 20,000 projects');
    const found = Number((await caption.textContent())?.split(' of ')[0]?.replace(/,/g, ''));
    expect(found).toBeGreaterThan(0);
    expect(found).toBeLessThan(ROWS);
    await expect(table.locator('tbody tr[data-row]').first()).toContainText(/kommun/i);
    await expectNoSeriousAxeViolations(page);
  });

  test('keeps the focus on a project link while the list scrolls away, and Tab goes on to the next', async ({
    page,
  }) => {
    await serveRegistry(page);
    await page.goto('/projects?lang=en');
    const table = page.getByRole('figure', { name: 'Project list' });
    const firstLink = table.locator('tbody tr[data-row] a').first();
    await expect(firstLink).toBeVisible();
    await firstLink.focus();
    for (let press = 0; press < 3; press += 1) await page.keyboard.press('Tab');
    const focusedRowIndex = () =>
      page.evaluate(() => document.activeElement?.closest('tr')?.getAttribute('aria-rowindex'));
    expect(await focusedRowIndex()).toBe('5');

    // The list scrolls far away from the focused row, as PageDown in the list would.
    await table
      .locator('.project-list--virtual')
      .evaluate((box) => box.scrollTo({ top: box.scrollHeight / 2 }));
    await expect(table.locator('tr[aria-rowindex="10000"]')).toBeAttached();
    expect(await focusedRowIndex()).toBe('5');
    expect(await table.locator('tbody tr[data-row]').count()).toBeLessThan(70);

    await page.keyboard.press('Tab');
    expect(await focusedRowIndex()).toBe('6');
    await page.keyboard.press('Shift+Tab');
    expect(await focusedRowIndex()).toBe('5');
  });

  for (const [name, width, height] of [
    ['1280x800', 1280, 800],
    ['1920x1080', 1920, 1080],
    ['390x844', 390, 844],
  ] as const) {
    for (const lang of ['sv', 'en'] as const) {
      test(`screenshot: projects at 20,000 in ${lang} at ${name}`, async ({ page }) => {
        await page.setViewportSize({ width, height });
        await serveRegistry(page);
        await page.goto(`/projects?lang=${lang}`);
        await expect(page.locator('.project-table tbody tr[data-row]').first()).toBeVisible();
        await expect(page.getByRole('figure').nth(1).getByRole('img')).toBeVisible();
        await page.screenshot({
          path: `test-results/screenshots/projects-20k-${lang}-${name}.png`,
          fullPage: true,
        });
      });
    }
  }
});
