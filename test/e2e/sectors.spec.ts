import { expect, expectNoSeriousAxeViolations, test } from './fixtures';

test.describe('sector mix view', () => {
  test('shows the published order and the 19 illustrative examples', async ({ page }) => {
    await page.goto('/sectors?lang=en');
    const tier = page.getByRole('figure', { name: /Sectors from most to least common/ });
    await expect(tier.getByRole('img')).toBeVisible();
    await expect(tier.locator('g[data-column="sweden"][data-sector]')).toHaveCount(4);
    await expect(tier.getByRole('button', { name: 'Published' })).toBeVisible();
    const matrix = page.getByRole('figure', { name: 'Sectors in each example' });
    await expect(matrix.locator('tr[data-row]')).toHaveCount(19);
    await expect(matrix.getByRole('button', { name: /Illustrative data/ })).toBeVisible();
    await expectNoSeriousAxeViolations(page);
  });

  test('a region filter narrows the examples and updates the URL', async ({ page }) => {
    await page.goto('/sectors?lang=en');
    const matrix = page.getByRole('figure', { name: 'Sectors in each example' });
    await expect(matrix.locator('tr[data-row]')).toHaveCount(19);
    await page
      .getByRole('combobox', { name: 'Region' })
      .selectOption({ label: 'International (all countries)' });
    await expect(page).toHaveURL(/region=INTL/);
    await expect(matrix.locator('tr[data-row]')).toHaveCount(7);
    await page.getByRole('combobox', { name: 'Region' }).selectOption({ label: 'Spain' });
    await expect(matrix.locator('tr[data-row]')).toHaveCount(2);
    await page.getByRole('combobox', { name: 'Form' }).selectOption({ label: 'Network' });
    await expect(page).toHaveURL(/form=network/);
    await expect(matrix.locator('tr[data-row]')).toHaveCount(1);
  });

  test('clicking a sector in the tier chart narrows the matrix; Back restores it', async ({
    page,
  }) => {
    await page.goto('/sectors?lang=en');
    const matrix = page.getByRole('figure', { name: 'Sectors in each example' });
    await expect(matrix.locator('tr[data-row]')).toHaveCount(19);
    await page.locator('g[data-column="international"][data-sector="public"]').click();
    await expect(page).toHaveURL(/sector=public/);
    await expect(matrix.locator('tr[data-row]')).toHaveCount(14);
    await expect(page.getByRole('button', { name: 'Remove Sector: Public sector' })).toBeVisible();
    await expectNoSeriousAxeViolations(page);

    await page.goBack();
    await expect(page).not.toHaveURL(/sector=/);
    await expect(matrix.locator('tr[data-row]')).toHaveCount(19);
  });

  test('a group chosen in the matrix narrows the summary, and Escape clears it', async ({
    page,
  }) => {
    await page.goto('/sectors?lang=en');
    const matrix = page.getByRole('figure', { name: 'Sectors in each example' });
    await matrix.getByRole('button', { name: 'International examples' }).click();
    await expect(page).toHaveURL(/group=international/);
    const summary = page.getByRole('figure', { name: /How often each sector takes part/ });
    await expect(summary.locator('g[data-row^="sweden/"]')).toHaveCount(0);
    await expect(summary.locator('g[data-row^="international/"]')).toHaveCount(4);
    await page.keyboard.press('Escape');
    await expect(page).not.toHaveURL(/group=/);
    await expect(summary.locator('g[data-row^="sweden/"]')).toHaveCount(4);
  });

  test('reads in Swedish', async ({ page }) => {
    await page.goto('/sectors');
    await expect(
      page.getByRole('heading', { level: 1, name: 'Vilka deltar i regional samverkan?' }),
    ).toBeVisible();
    await expect(
      page
        .getByRole('figure', { name: 'Sektorer i varje exempel' })
        .getByRole('button', { name: /Exempeldata/ }),
    ).toBeVisible();
    await expectNoSeriousAxeViolations(page);
  });
});
