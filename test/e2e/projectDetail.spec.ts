import type { Locator, Page } from '@playwright/test';
import { expect, expectNoSeriousAxeViolations, test } from './fixtures';

// FACTS.md §3: every field of record 22-018-S01 as the ESF project bank publishes it.
const FACTS_22_018_S01 = [
  ['Land som berörs', 'Country', 'Sverige'],
  ['Berörd fond', 'Fund', 'ESF+'],
  ['Program CCI', 'Programme CCI', '2021SE05SFPR'],
  ['Diarienummer / Projektnummer', 'Case / project number', '22-018-S01'],
  ['Projektägare organisationsnummer', "Owner's organisation number", '2021004920'],
  ['Projektägare', 'Project owner', 'MALMÖ UNIVERSITET'],
  ['Namn', 'Name', 'Kompetenscenter för social innovation'],
  ['Startdatum', 'Start date', '2022-12-15'],
  ['Slutdatum', 'End date', '2025-12-30'],
  ['Unionens medfinansieringsgrad', 'EU co-financing rate', '95 %'],
  ['Programområde', 'Programme area', 'E – Social innovation'],
  ['Specifikt mål', 'Specific objective', 'E1'],
  ['Sekundärtema – Motverka barnfattigdom', 'Secondary theme: counter child poverty', 'Nej'],
  ['Region', 'Region', 'ESF Nationellt'],
  ['NUTS-2 kod', 'NUTS-2 code', 'SE0'],
  ['Interventionstyp', 'Intervention type', '127'],
  ['Antal deltagare', 'Number of participants', '0'],
  ['Insats av strategisk betydelse', 'Operation of strategic importance', 'Ja'],
] as const;

const recordTable = (page: Page, title: string) =>
  page.getByRole('figure', { name: title }).getByRole('table');
const rowOf = (table: Locator, swedishField: string) =>
  table.getByRole('row').filter({
    has: table.page().getByRole('rowheader', { name: swedishField, exact: true }),
  });

test.describe('project record page', () => {
  test('shows every published field of 22-018-S01 with its value and provenance', async ({
    page,
  }) => {
    await page.goto('/projects/22-018-S01');
    await expect(
      page.getByRole('heading', { level: 1, name: 'Kompetenscenter för social innovation' }),
    ).toBeVisible();
    await expect(page.getByText('Diarienummer 22-018-S01')).toBeVisible();
    const table = recordTable(page, 'Alla fält i posten');
    for (const [swedish, english, value] of FACTS_22_018_S01) {
      const cells = rowOf(table, swedish).getByRole('cell');
      await expect(cells.nth(0), swedish).toHaveText(english);
      await expect(cells.nth(1), swedish).toHaveText(value);
      await expect(cells.nth(2).locator('.provenance-chip--published'), swedish).toHaveText(
        'Publicerad',
      );
    }

    const partners = rowOf(table, 'Partner').getByRole('listitem');
    await expect(partners).toHaveText([
      'Mötesplats Social Innovation, Malmö universitet',
      'Nationella nätverket för samordningsförbund',
      'Region Örebro län – Partnerskap för social innovation',
    ]);
    await expect(rowOf(table, 'Total budget').getByRole('cell').nth(1)).toHaveText('1 350 000 €');
    await expect(rowOf(table, 'EU-bidrag').getByRole('cell').nth(1)).toHaveText('1 275 915,80 €');
    await expect(
      rowOf(table, 'Resultatnivåer').locator('.provenance-chip--illustrative'),
    ).toHaveText('Exempeldata');
    await expect(table.locator('.provenance-chip--published')).toHaveCount(22);
    await expect(table.locator('.provenance-chip--illustrative')).toHaveCount(1);
    await expect(
      rowOf(table, 'Startdatum').getByRole('link', {
        name: 'Projektbanken: 22-018-S01 Kompetenscenter för social innovation',
      }),
    ).toHaveAttribute('rel', 'noopener noreferrer');

    const period = page.getByRole('figure', { name: 'Projektperiod' });
    await expect(period.getByRole('img')).toHaveAttribute(
      'aria-label',
      /från 15 dec\. 2022 till 30 dec\. 2025/,
    );
    await expect(period.locator('g[data-key="22-018-S01"] rect')).toHaveCount(1);
    await expect(period.getByText('2024', { exact: true })).toBeVisible();
    await expectNoSeriousAxeViolations(page);
  });

  test('reads in English', async ({ page }) => {
    await page.goto('/projects/22-018-S01?lang=en');
    await expect(
      page.getByRole('heading', { level: 1, name: 'Centre of Excellence for Social Innovation' }),
    ).toBeVisible();
    const table = recordTable(page, 'Every field of the record');
    await expect(rowOf(table, 'Land som berörs').getByRole('cell').nth(1)).toHaveText('Sweden');
    await expect(rowOf(table, 'Region').getByRole('cell').nth(1)).toHaveText('ESF national');
    await expect(rowOf(table, 'Total budget').getByRole('cell').nth(1)).toHaveText('€1,350,000');
    await expect(rowOf(table, 'EU-bidrag').getByRole('cell').nth(1)).toHaveText('€1,275,915.80');
    await expect(
      page.getByText(
        'A published record: its fields are from the sources named beside each value.',
      ),
    ).toBeVisible();
    await expectNoSeriousAxeViolations(page);
  });

  test('a derived end date says how it was derived', async ({ page }) => {
    await page.goto('/projects/social-innovation-skane?lang=en');
    const end = rowOf(recordTable(page, 'Every field of the record'), 'Slutdatum');
    await expect(end.locator('.provenance-chip--derived')).toHaveText('Derived');
    await expect(end).toContainText('start date + three years');
    await expect(
      page.getByRole('figure', { name: 'Project period' }).getByRole('button', { name: 'Derived' }),
    ).toBeVisible();

    await page.goto('/projects/social-innovation-skane');
    const slut = rowOf(recordTable(page, 'Alla fält i posten'), 'Slutdatum');
    await expect(slut).toContainText('startdatum + tre år − en dag');
    await expect(slut).not.toContainText('three years');
    await expect(page.getByText('en kunskapsturné genom Skånes 33 kommuner')).toBeVisible();
  });

  test('the back link keeps the shared filters', async ({ page }) => {
    await page.goto('/projects/22-018-S01?lang=en&region=SE0&level=policy');
    await page.getByRole('link', { name: 'All projects' }).click();
    await expect(page).toHaveURL(/\/projects\?/);
    const search = new URL(page.url()).searchParams;
    expect(Object.fromEntries(search)).toMatchObject({
      lang: 'en',
      region: 'SE0',
      level: 'policy',
    });
    await expect(page.getByRole('combobox', { name: 'Region' })).toHaveValue('SE0');
  });

  test('an unknown id says the project is not found', async ({ page }) => {
    await page.goto('/projects/NO-SUCH-ID?lang=en');
    await expect(page.getByRole('heading', { level: 1, name: 'Project not found' })).toBeVisible();
    await expect(page.getByText('There is no project “NO-SUCH-ID” in the dataset.')).toBeVisible();
    await expect(page.getByRole('link', { name: 'All projects' })).toBeVisible();
    await expectNoSeriousAxeViolations(page);
  });

  test('on a phone the record stacks without widening the page', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto('/projects/EX-01');
    const table = recordTable(page, 'Alla fält i posten');
    await expect(rowOf(table, 'Namn').getByRole('cell').nth(1)).toHaveText('Exempelprojekt 01');
    await expect(table.locator('.provenance-chip--published')).toHaveCount(0);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBe(0);
    const tableBox = await table.boundingBox();
    expect(tableBox?.width).toBeLessThanOrEqual(390);
    await expectNoSeriousAxeViolations(page);
  });
});
