import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, expectNoSeriousAxeViolations, test } from './fixtures';

/** Serves one page from another origin (a port of its own), as a site that embeds a chart would. */
async function serveHostPage(html: string): Promise<{ url: string; close: () => Promise<void> }> {
  const server = createServer((_request, response) => {
    response.setHeader('Content-Type', 'text/html; charset=utf-8');
    response.end(html);
  });
  await new Promise<void>((resolve) => server.listen(0, 'localhost', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://localhost:${port}/`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

declare global {
  interface Window {
    heightMessages: { origin: string; data: { type: string; chartId: string; height: number } }[];
  }
}

test.describe('embedded chart', () => {
  test('shows one chart with compact filters and a link to the full view', async ({ page }) => {
    await page.goto('/embed/results-counts?lang=en');
    const figure = page.getByRole('figure', { name: 'Projects per result level' });
    await expect(figure.getByRole('img')).toBeVisible();
    await expect(page.getByRole('figure')).toHaveCount(1);
    await expect(page.getByRole('navigation')).toHaveCount(0);
    await expect(page.getByRole('combobox', { name: 'Region' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Open in the dashboard' })).toHaveAttribute(
      'href',
      '/results?lang=en',
    );
    await expectNoSeriousAxeViolations(page);

    // The national survey changes with no filter: its embed offers none.
    await page.goto('/embed/survey-national?lang=en');
    await expect(
      page.getByRole('figure', { name: /competences do public officials need/ }).getByRole('img'),
    ).toBeVisible();
    await expect(page.getByRole('combobox')).toHaveCount(0);
  });

  test('shows no filter controls when locked', async ({ page }) => {
    await page.goto('/embed/results-counts?lang=en&region=SE22&lock=1');
    const figure = page.getByRole('figure', { name: 'Projects per result level' });
    await expect(figure.getByRole('img')).toBeVisible();
    await expect(page.getByRole('combobox')).toHaveCount(0);
    await expect(page.getByRole('radio')).toHaveCount(0);
    await expectNoSeriousAxeViolations(page);
  });

  test('spans the page’s width, even where its view lays charts in columns', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    for (const chartId of ['results-counts', 'results-matrix', 'projects-timeline']) {
      await page.goto(`/embed/${chartId}?lang=en`);
      const figure = page.getByRole('figure');
      await expect(figure).toHaveCount(1);
      await expect(figure.getByRole('img').or(figure.getByRole('table')).first()).toBeVisible();
      const width = (await figure.boundingBox())?.width ?? 0;
      expect(width, chartId).toBeGreaterThan(1280 * 0.9);
    }
  });

  test('may be framed by any site, unlike the dashboard’s other pages', async ({ request }) => {
    const embed = await request.get('/embed/survey-national');
    expect(embed.headers()['content-security-policy']).toContain('frame-ancestors *');
    const view = await request.get('/survey');
    expect(view.headers()['content-security-policy']).toContain("frame-ancestors 'self'");
  });

  test('in another site’s iframe, posts its height on load and when it changes', async ({
    page,
    baseURL,
  }) => {
    const host = await serveHostPage(`<!doctype html><html lang="en"><title>Host</title>
<script>
  window.heightMessages = [];
  addEventListener('message', (event) => window.heightMessages.push({ origin: event.origin, data: event.data }));
</script>
<iframe title="Chart" src="${baseURL}/embed/survey-national?lang=en&lock=1" width="800" height="300"></iframe>`);
    await page.goto(host.url);
    const frame = page.frameLocator('iframe');
    await expect(frame.getByRole('figure', { name: /competences/ }).getByRole('img')).toBeVisible();
    await expect
      .poll(() => page.evaluate(() => window.heightMessages.at(-1)?.data.height ?? 0))
      .toBeGreaterThan(300);
    const first = await page.evaluate(() => window.heightMessages.at(-1));
    expect(first?.origin).toBe(new URL(baseURL ?? '').origin);
    expect(first?.data).toMatchObject({ type: 'si-dashboard:height', chartId: 'survey-national' });
    const contentHeight = await page
      .frames()[1]
      ?.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
    expect(first?.data.height).toBe(contentHeight);

    // Narrower, the labels wrap and the chart grows: the page hears of it.
    await page.locator('iframe').evaluate((iframe: HTMLIFrameElement) => {
      iframe.width = '390';
    });
    await expect
      .poll(() => page.evaluate(() => window.heightMessages.at(-1)?.data.height ?? 0))
      .not.toBe(first?.data.height);
    await host.close();
  });

  test('says so for a chart that does not exist', async ({ page }) => {
    await page.goto('/embed/no-such-chart?lang=en');
    await expect(
      page.getByRole('heading', { name: 'There is no chart “no-such-chart” to embed.' }),
    ).toBeVisible();
    await expect(page.getByRole('link', { name: 'survey-national' })).toBeVisible();
  });
});
