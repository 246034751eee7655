import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, expectNoSeriousAxeViolations, test } from './fixtures';

const dataFolder = path.resolve(import.meta.dirname, '..', '..', 'public', 'data');
const DATASETS = {
  'survey-2019': 'survey-2019.json',
  collaborations: 'collaborations.json',
  projects: 'projects.json',
  regions: 'regions.json',
} as const;

function sourcesOf(file: string): { id: string; url: string | null }[] {
  return (
    JSON.parse(readFileSync(path.join(dataFolder, file), 'utf8')) as {
      sources: { id: string; url: string | null }[];
    }
  ).sources;
}

test.describe('sources page', () => {
  test('lists every source of every dataset, with a safe link where it has one', async ({
    page,
  }) => {
    await page.goto('/sources?lang=en');
    await expect(page.getByRole('heading', { level: 1, name: 'Sources and method' })).toBeVisible();
    for (const [id, file] of Object.entries(DATASETS)) {
      const section = page.locator(`section#${id}`);
      const sources = sourcesOf(file);
      await expect(section.locator('.sources-entry')).toHaveCount(sources.length);
      const urls = sources.flatMap((source) => (source.url ? [source.url] : []));
      const links = section.locator('.sources-entry__link');
      await expect(links).toHaveCount(urls.length);
      for (const url of urls) {
        await expect(section.locator(`a[href="${url}"]`).first()).toHaveAttribute(
          'rel',
          'noopener noreferrer',
        );
      }
    }
    await expect(page.getByRole('table', { name: /survey’s method/ })).toContainText('253');
    await expectNoSeriousAxeViolations(page);
  });

  test('a chart’s sources link opens the page at its dataset', async ({ page }) => {
    await page.goto('/survey?lang=en');
    const figure = page.getByRole('figure', { name: /competences do public officials need/ });
    await figure.getByRole('link', { name: 'Sources and method' }).click();
    await expect(page).toHaveURL(/\/sources\?lang=en#survey-2019$/);
    await expect(page.locator('section#survey-2019')).toBeInViewport();
  });

  test('reads well on a phone, without sideways scrolling of the page', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto('/sources');
    await expect(page.getByRole('heading', { level: 1, name: 'Källor och metod' })).toBeVisible();
    await expect(page.locator('section#regions .sources-entry').first()).toBeVisible();
    // No filter applies here: on a phone the bar is left out.
    await expect(page.locator('.filter-bar')).toBeHidden();
    await expect(page.locator('.present-actions__present')).toBeVisible();
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await expectNoSeriousAxeViolations(page);
  });
});
