import { expect, expectNoSeriousAxeViolations, test } from './fixtures';

test.describe('app shell', () => {
  test('the overview links to the survey view and keeps the language', async ({ page }) => {
    await page.goto('/?lang=en');
    await expect(
      page.getByRole('heading', { level: 1, name: 'Social innovation in Sweden' }),
    ).toBeVisible();
    await expect(page.getByText('Cross-sector collaboration')).toBeVisible();
    const cards = page.locator('.view-card');
    await expect(cards).toHaveCount(4);
    for (const card of await cards.all()) {
      await expect(card.locator('.view-card__provenance')).toContainText('Partly illustrative');
    }
    await expect(cards.first()).toContainText('the regional figures are made up');
    await expectNoSeriousAxeViolations(page);
    await page.getByRole('link', { name: 'Open: Survey priorities' }).click();
    await expect(page).toHaveURL(/\/survey\?lang=en$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Survey priorities' })).toBeVisible();
  });

  test('on a 1280 px laptop the header keeps to one row in either language', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    for (const lang of ['sv', 'en']) {
      await page.goto(`/survey?lang=${lang}`);
      const tops = await Promise.all(
        [
          page.locator('.app-header__name'),
          page.getByRole('navigation').first(),
          page.getByRole('group', { name: /Språk|Language/ }),
        ].map(async (part) => (await part.boundingBox())!.y),
      );
      expect(Math.max(...tops) - Math.min(...tops)).toBeLessThan(16);
    }
  });

  test('switching language is a history entry of its own', async ({ page }) => {
    await page.goto('/survey');
    await expect(
      page.getByRole('heading', { level: 1, name: 'Enkätens prioriteringar' }),
    ).toBeVisible();
    await page.getByRole('button', { name: 'English' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Survey priorities' })).toBeVisible();
    await expect(page).toHaveURL(/lang=en/);
    await page.goBack();
    await expect(
      page.getByRole('heading', { level: 1, name: 'Enkätens prioriteringar' }),
    ).toBeVisible();
  });

  test('an unknown address shows a page-not-found view with a way back', async ({ page }) => {
    await page.goto('/no-such-view?lang=en');
    await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
    await expect(page).toHaveTitle('Page not found · Social innovation in Sweden');
    await page.getByRole('link', { name: 'Go to the overview' }).click();
    await expect(page).toHaveURL(/\/\?lang=en$/);
    await expect(page).toHaveTitle('Overview · Social innovation in Sweden');
  });

  test('the page is served with a strict Content-Security-Policy', async ({ page }) => {
    const response = await page.goto('/survey');
    const policy = response?.headers()['content-security-policy'] ?? '';
    expect(policy).toContain("script-src 'self'");
    expect(policy).toContain("object-src 'none'");
    expect(policy).not.toContain('unsafe-inline');
    expect(policy).not.toContain('unsafe-eval');
  });

  test('the keyboard alone reaches the filters and the views', async ({ page }) => {
    await page.goto('/?lang=en');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await page.keyboard.press('Tab');
    await expect(page.getByRole('link', { name: 'Skip to content' })).toBeFocused();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await expect(page.getByRole('link', { name: 'Survey priorities', exact: true })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 1, name: 'Survey priorities' })).toBeVisible();
  });
});
