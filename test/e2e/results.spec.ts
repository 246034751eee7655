import type { Locator, Page } from '@playwright/test';
import { expect, expectNoSeriousAxeViolations, test } from './fixtures';

const MAX_TABS = 80;

/** Presses Tab until `target` has focus, as a keyboard user would; fails if it never does. */
async function tabTo(page: Page, target: Locator) {
  for (let presses = 0; presses < MAX_TABS; presses += 1) {
    await page.keyboard.press('Tab');
    if (await target.evaluate((node) => node === document.activeElement)) return;
  }
  throw new Error(`Tab never reached ${target.toString()}`);
}

function matrixOf(page: Page) {
  return page.getByRole('figure', { name: 'Which projects report results at which level' });
}

function countsOf(page: Page) {
  return page.getByRole('figure', { name: 'Projects per result level' });
}

test.describe('result levels view', () => {
  test('shows the counts and the 40 projects, marked illustrative', async ({ page }) => {
    await page.goto('/results?lang=en');
    const counts = countsOf(page);
    await expect(counts.getByRole('img')).toHaveAccessibleName(
      /Collaboration level is the most common: 22 of 40 projects\./,
    );
    await expect(counts.locator('g[data-key]')).toHaveCount(4);
    await expect(counts.getByRole('button', { name: /Illustrative data/ })).toBeVisible();
    const matrix = matrixOf(page);
    await expect(matrix.locator('tr[data-row]')).toHaveCount(40);
    await expect(matrix.locator('tbody[data-group]').first()).toHaveAttribute('data-group', 'SE0');
    await expect(matrix.getByRole('button', { name: /Illustrative data/ })).toBeVisible();
    await expect(
      matrix.getByText(/^Level definitions: Mötesplats Social Innovation/),
    ).toBeVisible();
    await expectNoSeriousAxeViolations(page);
  });

  test('a level and a region from the filter bar change the matrix and the URL; Back restores', async ({
    page,
  }) => {
    await page.goto('/results?lang=en');
    const matrix = matrixOf(page);
    await expect(matrix.locator('tr[data-row]')).toHaveCount(40);

    await page.getByRole('combobox', { name: 'Level' }).selectOption({ label: 'Policy' });
    await expect(page).toHaveURL(/level=policy/);
    await expect(matrix.locator('tr[data-row]')).toHaveCount(40);
    await expect(matrix.locator('[data-match="true"]')).toHaveCount(21);
    await expect(countsOf(page).locator('.result-counts')).toHaveAttribute('data-chosen', 'policy');

    await page.getByRole('radio', { name: 'Show only its projects' }).check();
    await expect(page).toHaveURL(/levelMode=narrow/);
    await expect(matrix.locator('tr[data-row]')).toHaveCount(21);

    await page
      .getByRole('combobox', { name: 'Region' })
      .selectOption({ label: 'Upper Norrland (all counties)' });
    await expect(page).toHaveURL(/region=SE33/);
    await expect(matrix.locator('tr[data-row]')).toHaveCount(3);

    await page.goBack();
    await expect(page).not.toHaveURL(/region=/);
    await expect(matrix.locator('tr[data-row]')).toHaveCount(21);
    await page.goBack();
    await expect(page).not.toHaveURL(/levelMode=/);
    await expect(matrix.locator('tr[data-row]')).toHaveCount(40);
    await expect(page.getByRole('radio', { name: 'Highlight the level' })).toBeChecked();
  });

  test('a quick run of region changes is one history entry; a link pressed at once carries the last region', async ({
    page,
  }) => {
    await page.goto('/results?lang=en');
    const matrix = matrixOf(page);
    await expect(matrix.locator('tr[data-row]')).toHaveCount(40);
    const region = page.getByRole('combobox', { name: 'Region' });
    // Three changes within one task, as arrowing through the list makes them: well within the
    // 300 ms after which the address is written, however busy the machine.
    await region.evaluate((select: HTMLSelectElement) => {
      for (const index of [1, 2, 3]) {
        select.selectedIndex = index;
        select.dispatchEvent(new Event('change', { bubbles: true }));
      }
    });
    const chosen = await region.inputValue();
    expect(chosen).not.toBe('');
    await expect(page).toHaveURL(new RegExp(`region=${chosen}(&|$)`));
    await page.goBack();
    await expect(page).not.toHaveURL(/region=/);
    await expect(region).toHaveValue('');
    await expect(matrix.locator('tr[data-row]')).toHaveCount(40);

    // Written on the press, before the link reads the address.
    await region.selectOption({ label: 'Upper Norrland (all counties)' });
    await page.getByRole('link', { name: 'Projects', exact: true }).click();
    await expect(page).toHaveURL(/\/projects\?.*region=SE33/);
  });

  test('the national checkbox counts national projects in the region, in the URL', async ({
    page,
  }) => {
    await page.goto('/results?lang=en&region=SE33');
    const counts = countsOf(page);
    await expect(counts.locator('.chart-summary')).toHaveText(
      'Collaboration level is the most common: 4 of 4 projects.',
    );
    await page.getByRole('checkbox', { name: 'Count national projects in every region' }).check();
    await expect(page).toHaveURL(/national=every/);
    await expect(counts.locator('.chart-summary')).toHaveText(
      'Collaboration level is the most common: 9 of 11 projects.',
    );
    await expect(matrixOf(page).locator('tr[data-row]')).toHaveCount(11);
    await page.goBack();
    await expect(page).not.toHaveURL(/national=/);
    await expect(matrixOf(page).locator('tr[data-row]')).toHaveCount(4);
  });

  test('a level’s definition shows when the keyboard reaches its name', async ({ page }) => {
    await page.goto('/results?lang=en');
    await expect(matrixOf(page).locator('tr[data-row]')).toHaveCount(40);
    const legendEntry = countsOf(page).getByRole('button', { name: 'Organisation level' });
    await tabTo(page, legendEntry);
    await expect(countsOf(page).getByRole('tooltip')).toHaveText(
      /Organisation level: Well-established, lasting support structures\.\s*Published definition: Mötesplats Social Innovation \(MSI\), 2024\./,
    );
    const columnHeader = matrixOf(page).getByRole('columnheader', { name: 'Individual' });
    await tabTo(page, columnHeader.getByRole('button'));
    await expect(columnHeader.getByRole('tooltip')).toBeVisible();
    await expect(columnHeader.getByRole('tooltip')).toContainText('A greater sense of belonging.');
    await expect(countsOf(page).getByRole('tooltip')).toBeHidden();
  });

  test('the keyboard alone reaches a project and opens its record', async ({ page }) => {
    await page.goto('/results?lang=en&level=organisation');
    const link = matrixOf(page).getByRole('link', {
      name: 'Centre of Excellence for Social Innovation',
    });
    await expect(link).toBeVisible();
    await tabTo(page, link);
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/projects\/22-018-S01\?level=organisation&lang=en$/);
  });

  test('reads in Swedish, and stays inside a phone’s width', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto('/results');
    await expect(
      page.getByRole('heading', { level: 1, name: 'Resultatnivåer i projekten' }),
    ).toBeVisible();
    await expect(
      page
        .getByRole('figure', { name: 'Projekt per resultatnivå' })
        .getByText('Samverkansnivå är vanligast: 22 av 40 projekt.'),
    ).toBeVisible();
    await expect(
      page.getByRole('figure', { name: 'Vilka projekt som redovisar resultat på vilken nivå' }),
    ).toContainText('Nationella projekt');
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBe(0);
    await expectNoSeriousAxeViolations(page);
  });
});
