import { expect, test } from './fixtures';

const SIZES = [
  { name: 'laptop', width: 1280, height: 800 },
  { name: 'projector', width: 1920, height: 1080 },
  { name: 'phone', width: 390, height: 844 },
];

const VIEWS = [
  { name: 'overview', path: '/', ready: 'h1' },
  { name: 'survey', path: '/survey', ready: 'figure svg[role="img"]' },
  { name: 'survey-region', path: '/survey?region=SE33', ready: 'figure svg[role="img"] >> nth=1' },
  { name: 'sectors', path: '/sectors', ready: 'tr[data-row] >> nth=18' },
  {
    name: 'sectors-selected',
    path: '/sectors?sector=academia&region=INTL',
    ready: 'tr[data-row] >> nth=5',
  },
  { name: 'results', path: '/results', ready: 'tr[data-row] >> nth=39' },
  {
    name: 'results-filtered',
    path: '/results?region=SE22&level=organisation&national=every',
    ready: 'tr[data-row] >> nth=0',
  },
  { name: 'projects', path: '/projects', ready: 'tbody tr[data-row] >> nth=39' },
  {
    name: 'projects-filtered',
    path: '/projects?region=SE33&sort=startDate&dir=desc',
    ready: 'tbody tr[data-row] >> nth=0',
  },
  { name: 'project-22-018-S01', path: '/projects/22-018-S01', ready: 'figure svg[role="img"]' },
  { name: 'sources', path: '/sources', ready: 'h2 >> nth=3' },
  { name: 'survey-table', path: '/survey', ready: 'figure svg[role="img"]', table: true },
  {
    name: 'embed-survey-region',
    path: '/embed/survey-region?region=SE-AB',
    ready: 'figure svg[role="img"]',
  },
];

// Screenshots of every view for people to look at; they are not compared pixel by pixel, since
// fonts differ between machines. Each one still checks that nothing spills out sideways.
for (const size of SIZES) {
  for (const view of VIEWS) {
    for (const lang of ['sv', 'en']) {
      test(`screenshot: ${view.name} in ${lang} at ${size.width}×${size.height}`, async ({
        page,
      }) => {
        await page.setViewportSize({ width: size.width, height: size.height });
        const separator = view.path.includes('?') ? '&' : '?';
        await page.goto(lang === 'sv' ? view.path : `${view.path}${separator}lang=en`);
        await expect(page.locator(view.ready)).toBeVisible();
        if ('table' in view) {
          await page.locator('.share-switch button').nth(1).click();
          await expect(page.locator('figure table').first()).toBeVisible();
        }
        const overflow = await page.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
        );
        expect(overflow, 'horizontal overflow in pixels').toBeLessThanOrEqual(0);
        await page.screenshot({
          path: `test-results/screenshots/${view.name}-${lang}-${size.name}.png`,
          fullPage: true,
        });
      });
    }
  }
}
