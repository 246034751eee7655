import { expect, expectNoSeriousAxeViolations, test } from './fixtures';

test.describe('project explorer', () => {
  test('lists the projects with their provenance, a tile map and a timeline', async ({ page }) => {
    await page.goto('/projects?lang=en');
    const table = page.getByRole('figure', { name: 'Project list' });
    await expect(table.locator('tbody tr[data-row]')).toHaveCount(40);
    await expect(table.getByRole('table', { name: '40 of 40 projects' })).toBeVisible();
    await expect(table.getByRole('button', { name: /Partly illustrative/ })).toBeVisible();
    await expect(table.locator('tr[data-row="22-018-S01"]')).toContainText('Published record');
    const map = page.getByRole('figure', { name: 'Projects per ESF region' });
    const tiles = map.getByRole('group', { name: 'Projects per ESF region' }).getByRole('button');
    await expect(tiles).toHaveCount(9);
    await expect(tiles.and(page.locator('[aria-pressed="false"]'))).toHaveCount(9);
    const timeline = page.getByRole('figure', { name: 'Project periods' });
    await expect(timeline.getByRole('img')).toHaveAttribute('aria-label', /38 project periods/);
    await expectNoSeriousAxeViolations(page);
  });

  test('reads in Swedish', async ({ page }) => {
    await page.goto('/projects');
    await expect(page.getByRole('heading', { level: 1, name: 'Projekt' })).toBeVisible();
    const table = page.getByRole('figure', { name: 'Projektlista' });
    await expect(table.getByRole('button', { name: /Delvis exempeldata/ })).toBeVisible();
    await expect(table.getByRole('table', { name: '40 av 40 projekt' })).toBeVisible();
    await expectNoSeriousAxeViolations(page);
  });

  test('searching narrows the table and updates the URL', async ({ page }) => {
    await page.goto('/projects?lang=en');
    const table = page.getByRole('figure', { name: 'Project list' });
    await expect(table.locator('tbody tr[data-row]')).toHaveCount(40);
    await page.getByRole('searchbox', { name: /Search by name/ }).pressSequentially('malmo');
    await expect(page).toHaveURL(/[?&]q=malmo/);
    await expect(table.locator('tbody tr[data-row]')).toHaveCount(1);
    await expect(table.locator('tbody tr[data-row]')).toHaveAttribute('data-row', '22-018-S01');
    await expect(page.getByRole('searchbox')).toHaveValue('malmo');
  });

  test('sorting by a column changes the order and aria-sort', async ({ page }) => {
    await page.goto('/projects?lang=en');
    const table = page.getByRole('figure', { name: 'Project list' });
    const firstRow = table.locator('tbody tr[data-row]').first();
    await expect(firstRow).toHaveAttribute('data-row', '22-017-S04');
    const startHeader = table.locator('th[data-column="startDate"]');
    await expect(startHeader).not.toHaveAttribute('aria-sort');
    await table.getByRole('button', { name: 'Start', exact: true }).click();
    await expect(page).toHaveURL(/sort=startDate/);
    await expect(startHeader).toHaveAttribute('aria-sort', 'ascending');
    await expect(firstRow).toHaveAttribute('data-row', 'social-innovation-skane');
    await table.getByRole('button', { name: 'Start', exact: true }).click();
    await expect(startHeader).toHaveAttribute('aria-sort', 'descending');
    await expect(page).toHaveURL(/dir=desc/);
    await expect(firstRow).not.toHaveAttribute('data-row', 'social-innovation-skane');
    // Projects without published dates stay last in either direction.
    await expect(table.locator('tbody tr[data-row]').last()).toHaveAttribute(
      'data-row',
      '23-017-S04',
    );
  });

  test('a region tile filters the table and updates the URL; Back restores it', async ({
    page,
  }) => {
    await page.goto('/projects?lang=en');
    const table = page.getByRole('figure', { name: 'Project list' });
    await expect(table.locator('tbody tr[data-row]')).toHaveCount(40);
    const tile = page.getByRole('button', { name: 'South Sweden: 5 projects' });
    await tile.click();
    await expect(page).toHaveURL(/region=SE22/);
    await expect(tile).toHaveAttribute('aria-pressed', 'true');
    await expect(table.locator('tbody tr[data-row]')).toHaveCount(5);
    await expect(page.getByRole('combobox', { name: 'Region' })).toHaveValue('SE22');
    await expectNoSeriousAxeViolations(page);

    await page.goBack();
    await expect(page).not.toHaveURL(/region=/);
    await expect(tile).toHaveAttribute('aria-pressed', 'false');
    await expect(table.locator('tbody tr[data-row]')).toHaveCount(40);
  });

  test('a county lists the projects kept at the ESF region that is only that county', async ({
    page,
  }) => {
    await page.goto('/projects?lang=en&region=SE11');
    const rows = page.getByRole('figure', { name: 'Project list' }).locator('tbody tr[data-row]');
    await expect(rows.first()).toBeVisible();
    const inRegion = await rows.count();
    await page.goto('/projects?lang=en&region=SE-AB');
    await expect(rows).toHaveCount(inRegion);
  });

  test('keyboard alone reaches a project link and opens it', async ({ page }) => {
    await page.goto('/projects?lang=en');
    await expect(page.locator('tbody tr[data-row]')).toHaveCount(40);
    const focusedHref = () =>
      page.evaluate(() => document.activeElement?.getAttribute('href') ?? null);
    let href: string | null = null;
    for (let presses = 0; presses < 60 && !href?.includes('/projects/'); presses++) {
      await page.keyboard.press('Tab');
      href = await focusedHref();
    }
    expect(href).toContain('/projects/22-017-S04');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/projects\/22-017-S04(\?|$)/);
    // The record's content has focus, not the page body: the next Tab goes into the record.
    await expect(page.locator('main')).toBeFocused();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.closest('main') !== null)).toBe(true);
    await expect(page.locator(':focus')).toContainText('All projects');
  });

  test('reads on a phone without the page scrolling sideways', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto('/projects?lang=en');
    await expect(page.locator('tbody tr[data-row]')).toHaveCount(40);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBe(0);
    const scroller = page.locator('.matrix-scroll');
    const [scrollWidth, clientWidth] = await scroller.evaluate((element) => [
      element.scrollWidth,
      element.clientWidth,
    ]);
    expect(scrollWidth).toBeGreaterThan(clientWidth);
  });
});
