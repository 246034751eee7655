import { expect, expectNoSeriousAxeViolations, test } from './fixtures';

const NBSP = '\u00a0';

test.describe('survey priorities view', () => {
  test('ranks the 12 areas by national share in Swedish, with ties as ties', async ({ page }) => {
    await page.goto('/survey');
    const figure = page.getByRole('figure', { name: /Vilka kompetenser/ });
    const rows = figure.getByRole('img').locator('g[data-key]');
    await expect(rows).toHaveCount(12);
    await expect(rows.nth(0)).toContainText(`Tvärsektoriell samverkan15${NBSP}%`);
    await expect(rows.nth(3)).toContainText(`9,5${NBSP}%`);
    await expect(rows.nth(4)).toHaveText(/^5Finansieringslösningar.*9\u00a0%$/);
    await expect(rows.nth(5)).toHaveText(/^5Innovationsfrämjande.*9\u00a0%$/);
    await expect(rows.nth(6)).toHaveText(/^7/);
    await expect(figure).toContainText('december 2019: 253 mottagare, svarsfrekvens 40');
    await expect(page.getByText('Resultatnivå gäller inte enkäten.')).toBeVisible();
    await expectNoSeriousAxeViolations(page);
  });

  test('formats shares the English way in English', async ({ page }) => {
    await page.goto('/survey?lang=en');
    const chart = page.getByRole('figure', { name: /competences/ }).getByRole('img');
    await expect(chart.locator('g[data-key]').nth(3)).toContainText('Change management9.5%');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByText('Result level does not apply to the survey.')).toBeVisible();
    await expectNoSeriousAxeViolations(page);
  });

  test('a region filter adds the regional comparison and the URL; Back restores the view', async ({
    page,
  }) => {
    await page.goto('/survey?lang=en');
    await expect(page.getByRole('figure', { name: 'A region compared with Sweden' })).toBeVisible();
    await page
      .getByRole('combobox', { name: 'Region' })
      .selectOption({ label: 'Stockholm County' });
    await expect(page).toHaveURL(/[?&]region=SE-AB(&|$)/);
    const comparison = page.getByRole('figure', { name: 'Stockholm County compared with Sweden' });
    await expect(comparison.getByRole('img').locator('g[data-key]')).toHaveCount(12);
    await expect(comparison.getByRole('button', { name: /Illustrative data/ })).toBeVisible();
    await comparison.getByRole('button', { name: /Illustrative data/ }).focus();
    await expect(comparison.getByRole('tooltip')).toContainText('made up');
    await expectNoSeriousAxeViolations(page);

    await page.goBack();
    await expect(page).not.toHaveURL(/region=/);
    await expect(page.getByRole('figure', { name: 'A region compared with Sweden' })).toBeVisible();
    await expect(page.getByRole('combobox', { name: 'Region' })).toHaveValue('');
  });

  test('a shared link reproduces the filtered view in a fresh page', async ({ browser }) => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto('/survey?region=SE21&level=policy&lang=en');
    await expect(
      page.getByRole('figure', { name: 'Jönköping County compared with Sweden' }),
    ).toBeVisible();
    await expect(page.getByRole('combobox', { name: 'Region' })).toHaveValue('SE21');
    await expect(page.getByRole('combobox', { name: 'Level' })).toHaveValue('policy');
    await context.close();
  });

  test('bad URL values fall back to defaults without a crash', async ({ page }) => {
    await page.goto('/survey?region=%3Cscript%3Ealert(1)%3C%2Fscript%3E&level=everything&lang=fi');
    await expect(
      page.getByRole('figure', { name: /Vilka kompetenser/ }).getByRole('img'),
    ).toBeVisible();
    await expect(page.getByRole('combobox', { name: 'Region' })).toHaveValue('');
    await expect(page.getByRole('combobox', { name: 'Nivå' })).toHaveValue('');
    await expect(page.locator('html')).toHaveAttribute('lang', 'sv');
  });

  test('an unknown region code says so and shows the whole country', async ({ page }) => {
    await page.goto('/survey?region=SE99&lang=en');
    await expect(page.getByText('Unknown region “SE99” in the address')).toBeVisible();
    await expect(page.getByRole('figure', { name: 'A region compared with Sweden' })).toBeVisible();
  });
});
