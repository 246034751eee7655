import type { Page } from '@playwright/test';
import { expect, expectNoSeriousAxeViolations, test } from './fixtures';

function stepOf(page: Page): Promise<string | null> {
  return page.evaluate(() => new URL(window.location.href).searchParams.get('step'));
}

/**
 * Stops the page's installed clock (about a second on), so that only `clock.runFor` moves it;
 * the page's time flows on while this asks for it, so a time already past is asked again.
 */
async function pauseClock(page: Page) {
  for (let attempt = 1; ; attempt += 1) {
    const now = await page.evaluate(() => Date.now());
    try {
      await page.clock.pauseAt(now + 1000);
      return;
    } catch (error) {
      if (attempt >= 3) throw error;
    }
  }
}

async function expectStep(page: Page, step: number, heading: string) {
  await expect(page).toHaveURL(new RegExp(`[?&]step=${step}(&|$)`));
  await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
  await expect(
    page.getByRole('region', { name: 'Presentation controls' }).getByText(`Step ${step} of 6`),
  ).toBeAttached();
}

const SURVEY = 'Survey priorities';
const SECTORS = 'Who takes part in regional collaboration?';
const RESULTS = 'Result levels across projects';
const PROJECTS = 'Projects';

test.describe('presentation mode', () => {
  test('opens on step 1 of the default story, without the header, filter bar or chart tools', async ({
    page,
  }) => {
    await page.goto('/present?lang=en');
    await expectStep(page, 1, SURVEY);
    const figure = page.getByRole('figure', { name: /Which competences/ });
    await expect(figure.getByRole('img')).toBeVisible();
    await expect(figure.getByRole('button', { name: 'Published' })).toBeVisible();
    await expect(figure.getByRole('group', { name: 'Table, downloads and sharing' })).toBeHidden();
    await expect(page.getByRole('navigation', { name: 'Views' })).toHaveCount(0);
    await expect(page.getByRole('form', { name: 'Filters' })).toHaveCount(0);
    await expect(page).toHaveTitle(/Presentation, step 1 of 6/);
    // Half-faded controls are a passing state, not one to judge contrast in: no fade, and fresh.
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.mouse.move(20, 20);
    await expectNoSeriousAxeViolations(page);
  });

  test('the keys step forward and back and update ?step=', async ({ page }) => {
    await page.goto('/present?lang=en');
    await expectStep(page, 1, SURVEY);
    await page.keyboard.press('ArrowRight');
    await expectStep(page, 2, SURVEY);
    await expect(page).toHaveURL(/region=SE-AB/);
    await expect(
      page.getByRole('heading', { name: 'Stockholm County compared with Sweden' }),
    ).toBeVisible();
    await page.keyboard.press('PageDown');
    await expectStep(page, 3, SECTORS);
    await expect(page).not.toHaveURL(/region=/);
    await page.keyboard.press('Space');
    await expectStep(page, 4, RESULTS);
    await page.keyboard.press('ArrowDown');
    await expectStep(page, 5, RESULTS);
    await expect(page).toHaveURL(/region=SE22/);
    await expect(page).toHaveURL(/level=organisation/);
    await page.keyboard.press('ArrowLeft');
    await expectStep(page, 4, RESULTS);
    await page.keyboard.press('PageUp');
    await expectStep(page, 3, SECTORS);
    await page.keyboard.press('ArrowUp');
    await expectStep(page, 2, SURVEY);
    await page.keyboard.press('End');
    await expectStep(page, 6, PROJECTS);
    await page.keyboard.press('ArrowRight');
    await expectStep(page, 6, PROJECTS);
    await page.keyboard.press('Home');
    await expectStep(page, 1, SURVEY);
    await page.keyboard.press('3');
    await expect(page.getByRole('status').filter({ hasText: 'Go to step 3' })).toBeVisible();
    await page.keyboard.press('Enter');
    await expectStep(page, 3, SECTORS);
    await page.goBack();
    await expectStep(page, 1, SURVEY);
  });

  test('keys typed into a field are the field’s, not the presentation’s', async ({ page }) => {
    await page.goto('/present?step=6&lang=en');
    await expectStep(page, 6, PROJECTS);
    const searchField = page.getByRole('searchbox', { name: /Search by name/ });
    await searchField.click();
    await page.keyboard.type('f 3');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('Home');
    await expect(searchField).toHaveValue('f 3');
    expect(await stepOf(page)).toBe('6');
    expect(await page.evaluate(() => document.fullscreenElement)).toBeNull();
  });

  test('the buttons step too, and the step list jumps to a step', async ({ page }) => {
    await page.clock.install();
    await page.goto('/present?lang=en');
    await expectStep(page, 1, SURVEY);
    await pauseClock(page);
    await page.mouse.move(100, 100);
    await page.getByRole('button', { name: 'Next' }).click();
    await expectStep(page, 2, SURVEY);
    await page.getByRole('button', { name: 'Previous' }).click();
    await expectStep(page, 1, SURVEY);
    await page.getByRole('button', { name: 'Steps and settings' }).click();
    const list = page.getByRole('region', { name: 'Steps in this presentation' });
    await expect(list.getByRole('listitem')).toHaveCount(6);
    // axe waits on timers: let the clock run again.
    await page.clock.resume();
    await expectNoSeriousAxeViolations(page);
    await list.getByRole('button', { name: /^6 Where and when the projects run/ }).click();
    await expectStep(page, 6, PROJECTS);
    await page.keyboard.press('Escape');
    await expect(list).toHaveCount(0);
    expect(await stepOf(page)).toBe('6');
  });

  test('on a phone the controls take two rows, the tools a word each under their full names', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto('/present?step=3');
    const controls = page.getByRole('region', { name: 'Presentationens kontroller' });
    const next = controls.getByRole('button', { name: 'Nästa' });
    const tools = ['Steg och inställningar', 'Helskärm', 'Avsluta presentationen'].map((name) =>
      controls.getByRole('button', { name, exact: true }),
    );
    for (const tool of tools) await expect(tool).toBeVisible();
    for (const [tool, word] of [
      [tools[0]!, 'Steg'],
      [tools[2]!, 'Avsluta'],
    ] as const) {
      await expect(tool.locator('.presentation-controls__short')).toHaveText(word);
      const fullWidth = await tool
        .locator('.presentation-controls__full')
        .evaluate((full) => full.getBoundingClientRect().width);
      expect(fullWidth).toBeLessThanOrEqual(1);
    }
    const tops = await Promise.all(
      [next, ...tools].map(async (control) => Math.round((await control.boundingBox())!.y)),
    );
    expect(new Set(tops.slice(1)).size, 'the tools on one row').toBe(1);
    expect(tops[1]! - tops[0]!, 'the tools right under the step buttons').toBeLessThan(60);
  });

  test('f toggles full screen, b and . black the screen, any key returns, Esc leaves', async ({
    page,
  }) => {
    await page.goto('/present?step=2&lang=en');
    await expectStep(page, 2, SURVEY);
    await page.keyboard.press('f');
    await expect.poll(() => page.evaluate(() => document.fullscreenElement !== null)).toBe(true);
    await expect(page.getByRole('button', { name: 'Leave full screen' })).toBeAttached();
    await page.keyboard.press('f');
    await expect.poll(() => page.evaluate(() => document.fullscreenElement !== null)).toBe(false);

    const blackout = page.locator('.presentation-blackout');
    await page.keyboard.press('b');
    await expect(blackout).toBeVisible();
    await expect(page.getByText('The screen is black. Press any key to return.')).toBeAttached();
    await page.keyboard.press('ArrowRight');
    await expect(blackout).toHaveCount(0);
    expect(await stepOf(page)).toBe('2');
    await page.keyboard.press('.');
    await expect(blackout).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(blackout).toHaveCount(0);
    await expect(page).toHaveURL(/\/present\?/);

    await page.keyboard.press('Escape');
    await expect(page).toHaveURL(/\/survey\?region=SE-AB&lang=en$/);
    await expect(page.getByRole('navigation', { name: 'Views' })).toBeVisible();
    await expect(page.getByRole('combobox', { name: 'Region' })).toHaveValue('SE-AB');
  });

  test('on a projector the caption covers none of the chart a step scrolls to', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1920, height: 1080 });
    await page.clock.install();
    await page.goto('/present?step=2&lang=en');
    await expectStep(page, 2, SURVEY);
    const highlighted = page.locator('figure.chart-figure').nth(1);
    await expect(highlighted.locator('svg.chart')).toBeVisible();
    await pauseClock(page);
    await page.clock.runFor(3500);
    const caption = page.locator('.presentation-caption');
    await expect(caption).toBeVisible();
    await expect(caption).toContainText('Region: Stockholm County');
    const captionBox = await caption.boundingBox();
    const figureBox = await highlighted.boundingBox();
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(100);
    expect(captionBox!.y + captionBox!.height).toBeLessThanOrEqual(figureBox!.y);
  });

  for (const screen of [
    { width: 1920, height: 1080, fullSize: 24, smallest: 16 },
    { width: 1366, height: 768, fullSize: 17.075, smallest: 12 },
    { width: 1280, height: 800, fullSize: 16, smallest: 12 },
    { width: 1280, height: 720, fullSize: 16, smallest: 12 },
  ]) {
    test(`at ${screen.width}×${screen.height} a step’s chart fits the screen, a long list keeps the full text size`, async ({
      page,
    }) => {
      await page.setViewportSize({ width: screen.width, height: screen.height });
      const rootFontSize = () =>
        page.evaluate(() => Number.parseFloat(getComputedStyle(document.documentElement).fontSize));
      const chartEnd = (figure: number) =>
        page.evaluate((index) => {
          const shown = document.querySelectorAll('figure.chart-figure')[index]!;
          const footer = shown.querySelector(':scope > .chart-figure__footer');
          return (footer ?? shown).getBoundingClientRect()[footer ? 'top' : 'bottom'];
        }, figure);

      for (const [step, figure, heading] of [
        [1, 0, SURVEY],
        [2, 1, SURVEY],
        [3, 0, SECTORS],
      ] as const) {
        await page.goto(`/present?step=${step}&lang=en`);
        await expectStep(page, step, heading);
        await expect(page.locator('figure.chart-figure svg[role="img"]').nth(figure)).toBeVisible();
        // The last of the 12 competence areas is on screen, not under its bottom edge.
        await expect.poll(() => chartEnd(figure)).toBeLessThanOrEqual(screen.height);
        const size = await rootFontSize();
        expect(size).toBeGreaterThanOrEqual(screen.smallest);
        expect(size).toBeLessThanOrEqual(screen.fullSize);
        if (step === 1) {
          // The caption shares the view title's line rather than taking one of its own.
          const title = await page.getByRole('heading', { level: 1, name: heading }).boundingBox();
          const caption = await page.locator('.presentation-caption').boundingBox();
          expect(caption!.y).toBeLessThan(title!.y + title!.height);
          expect(caption!.x).toBeGreaterThan(title!.x + 200);
        }
      }

      // Reached by key, not by address, the highlighted chart scrolls in and fits as well.
      await page.goto('/present?step=1&lang=en');
      await expectStep(page, 1, SURVEY);
      await expect(page.locator('figure.chart-figure svg[role="img"]').first()).toBeVisible();
      await page.keyboard.press('ArrowRight');
      await expectStep(page, 2, SURVEY);
      await expect(page.locator('figure.chart-figure svg[role="img"]').nth(1)).toBeVisible();
      await expect.poll(() => chartEnd(1)).toBeLessThanOrEqual(screen.height);
      expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(100);

      await page.goto('/present?step=6&lang=en');
      await expectStep(page, 6, PROJECTS);
      await expect(page.locator('tbody tr[data-row]').nth(39)).toBeAttached();
      await expect.poll(rootFontSize).toBe(screen.fullSize);
    });
  }

  test('a new step is painted at its own fit from its first frame', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.goto('/present?step=1&lang=en');
    await expect(page.locator('figure.chart-figure svg[role="img"]').first()).toBeVisible();

    for (const [key, step] of [
      ['ArrowRight', 2],
      ['ArrowRight', 3],
      ['ArrowRight', 4],
      ['ArrowRight', 5],
      ['ArrowLeft', 4],
    ] as const) {
      // Every painted frame from the key on: the step the controls name, the fit, where the
      // step's chart ends, if it is drawn yet, and where every chart ends.
      await page.evaluate(() => {
        const frames: { step: string; fit: string; chartEnd: number | null; ends: string }[] = [];
        (window as unknown as { frames_: typeof frames }).frames_ = frames;
        const record = () => {
          const figure = document.querySelector('figure.chart-figure');
          const footer = figure?.querySelector(':scope > .chart-figure__footer');
          frames.push({
            step: /Step (\d+) of/.exec(document.body.textContent ?? '')?.[1] ?? '',
            fit: getComputedStyle(document.documentElement).getPropertyValue('--presentation-fit'),
            chartEnd:
              figure?.querySelector('svg[role="img"]') && footer
                ? footer.getBoundingClientRect().top
                : null,
            ends: [...document.querySelectorAll('figure.chart-figure')]
              .map((each) => Math.round(each.getBoundingClientRect().bottom))
              .join(','),
          });
          if (frames.length < 20) requestAnimationFrame(record);
        };
        requestAnimationFrame(record);
      });
      await page.keyboard.press(key);
      await expect
        .poll(() =>
          page.evaluate(() => (window as unknown as { frames_: unknown[] }).frames_.length),
        )
        .toBe(20);
      const frames = await page.evaluate(
        () =>
          (
            window as unknown as {
              frames_: { step: string; fit: string; chartEnd: number | null; ends: string }[];
            }
          ).frames_,
      );
      const shown = frames.filter(
        (frame) => frame.step === String(step) && frame.chartEnd !== null,
      );
      expect(shown.length, `step ${step} drawn`).toBeGreaterThan(3);
      // Its first frame is already at the fit it keeps, with the chart's end on screen.
      expect(shown[0]!.fit, `step ${step}: first frame's fit`).toBe(shown.at(-1)!.fit);
      expect(shown[0]!.chartEnd!, `step ${step}: chart's end`).toBeLessThanOrEqual(720);
      // Nothing moves after it: no chart grows a frame later.
      expect(shown[0]!.ends, `step ${step}: charts' ends`).toBe(shown.at(-1)!.ends);
    }
  });

  test('the controls fade without mouse movement and a caption names the active filters', async ({
    page,
  }) => {
    await page.clock.install();
    await page.goto('/present?step=5&lang=en');
    await expectStep(page, 5, RESULTS);
    // The data first: with the clock paused, the page's timers (and so its updates) wait.
    await expect(page.locator('.result-counts svg')).toBeVisible();
    await pauseClock(page);
    await page.mouse.move(100, 100);
    const caption = page.locator('.presentation-caption');
    const controls = page.getByRole('region', { name: 'Presentation controls' });
    await expect(caption).toBeHidden();
    await expect(controls).toHaveCSS('opacity', '1');

    await page.clock.runFor(3500);
    await expect(page.locator('.presentation-dock--hidden')).toHaveCount(1);
    await expect(caption).toBeVisible();
    await expect(caption).toContainText('Region: South Sweden · Level: Organisation · n = 2');
    await expect(caption).toContainText('Illustrative data');
    // The charts' own illustrative marks stay on screen too.
    await expect(page.getByRole('button', { name: /Illustrative data/ }).first()).toBeVisible();

    await page.mouse.move(200, 200);
    await page.mouse.move(220, 240);
    await expect(page.locator('.presentation-dock--hidden')).toHaveCount(0);
    await expect(caption).toBeHidden();

    // Keyboard focus in the controls keeps them visible.
    await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name: 'Previous' })).toBeFocused();
    await page.clock.runFor(5000);
    await expect(page.locator('.presentation-dock--hidden')).toHaveCount(0);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expectStep(page, 6, PROJECTS);
  });

  test('a custom sequence built from views round-trips through its copied link', async ({
    page,
    context,
    browser,
    baseURL,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
    await page.goto('/results?region=SE22&level=organisation&lang=en');
    await expect(page.getByRole('heading', { level: 1, name: RESULTS })).toBeVisible();
    await page.getByRole('button', { name: 'Add this view as a step' }).click();
    await expect(page.getByText('Added as step 1 of your presentation.')).toBeVisible();

    await page.goto('/sectors?form=network&lang=en');
    await expect(page.getByRole('heading', { level: 1, name: SECTORS })).toBeVisible();
    await page.getByRole('button', { name: 'Add this view as a step' }).click();
    await expect(page.getByText('Added as step 2 of your presentation.')).toBeVisible();

    // The sequence survives a reload, and Present starts it at this view.
    await page.reload();
    await page.getByRole('link', { name: 'Present your 2 steps' }).click();
    await expect(page).toHaveURL(/\/present\?.*seq=/);
    await expect(page.getByRole('heading', { level: 1, name: SECTORS })).toBeVisible();
    await expect(page).toHaveURL(/step=2/);
    await expect(page).toHaveURL(/form=network/);

    // The controls fade 3 s after the pointer last moved; a person moves it to reach them.
    await page.mouse.move(100, 100);
    await expect(page.locator('.presentation-dock')).toHaveCSS('opacity', '1');
    await page.getByRole('button', { name: 'Steps and settings' }).click();
    const list = page.getByRole('region', { name: 'Steps in this presentation' });
    await expect(list.getByRole('listitem')).toHaveText([
      /Result levels · Region: South Sweden · Level: Organisation/,
      /Sector mix/,
    ]);
    await list.getByRole('button', { name: /^Move “Sector mix.*” up$/ }).click();
    await expect(list.getByRole('listitem')).toHaveText([/Sector mix/, /Result levels/]);
    await expect(page).toHaveURL(/step=1/);
    await expectNoSeriousAxeViolations(page);

    await list.getByRole('button', { name: 'Copy link to this presentation' }).click();
    await expect(list.getByText('Link copied.')).toBeVisible();
    const link = await page.evaluate(() => navigator.clipboard.readText());
    expect(link).toMatch(/\/present\?.*seq=/);

    const fresh = await browser.newContext();
    const freshPage = await fresh.newPage();
    await freshPage.goto(link);
    await expect(freshPage.getByRole('heading', { level: 1, name: SECTORS })).toBeVisible();
    await expect(freshPage).toHaveURL(/form=network/);
    await freshPage.keyboard.press('ArrowRight');
    await expect(freshPage.getByRole('heading', { level: 1, name: RESULTS })).toBeVisible();
    await expect(freshPage).toHaveURL(/region=SE22/);
    await expect(freshPage.getByText('Step 2 of 2', { exact: true })).toBeAttached();
    await fresh.close();
  });

  test('a broken or hostile sequence falls back to the default story', async ({ page }) => {
    const hostile = Buffer.from(
      '[{"p":"/survey","t":"x","s":{"__proto__":{"polluted":"yes"}}}]',
    ).toString('base64url');
    for (const seq of [hostile, 'not-base64!', 'W3sicCI6Ii9ldmlsIn1d']) {
      await page.goto(`/present?step=2&seq=${seq}&lang=en`);
      await expectStep(page, 2, SURVEY);
      await expect(page).toHaveURL(/region=SE-AB/);
      expect(await page.evaluate(() => ({}) as Record<string, unknown>)).not.toHaveProperty(
        'polluted',
      );
    }
  });

  test('Present on a view starts the story at that view, with its filters', async ({ page }) => {
    await page.goto('/results?region=SE11&lang=en');
    await page.getByRole('link', { name: 'Present', exact: true }).click();
    await expectStep(page, 4, RESULTS);
    await expect(page).toHaveURL(/region=SE11/);
    await page.keyboard.press('Escape');
    await expect(page).toHaveURL(/\/results\?region=SE11&lang=en$/);
  });

  test('auto-advance counts down, pauses on any key and resumes', async ({ page }) => {
    await page.clock.install();
    await page.goto('/present?auto=10&lang=en');
    await expect(page.locator('figure svg[role="img"]').first()).toBeVisible();
    await page.mouse.move(100, 100);
    await expect(page.getByText(/Next step in \d+ s/)).toBeVisible();
    await pauseClock(page);
    await page.mouse.move(120, 100);
    await page.keyboard.press('Shift');
    await expect(page.getByText('Auto-advance paused')).toBeVisible();
    const pausedAt = Number(await stepOf(page));
    await page.clock.runFor(15_000);
    expect(Number(await stepOf(page))).toBe(pausedAt);
    await page.mouse.move(140, 100);
    await page.getByRole('button', { name: 'Resume' }).click();
    await page.clock.runFor(10_300);
    await expect(page).toHaveURL(new RegExp(`step=${(pausedAt % 6) + 1}(&|$)`));
    await expect(page.getByText(/Next step in \d+ s/)).toBeAttached();
  });

  test('auto-refresh refetches the data and says when it was updated', async ({ page }) => {
    await page.clock.install({ time: new Date('2026-03-12T14:30:00+01:00') });
    let surveyRequests = 0;
    page.on('request', (request) => {
      if (request.url().endsWith('/data/survey-2019.json')) surveyRequests += 1;
    });
    await page.goto('/present?refresh=30&lang=en');
    await expectStep(page, 1, SURVEY);
    await expect(page.getByText(/^updated 14:3\d$/)).toBeVisible();
    const before = surveyRequests;
    await page.clock.runFor(31_000);
    await expect.poll(() => surveyRequests).toBeGreaterThan(before);
    await expect(
      page.getByRole('figure', { name: /Which competences/ }).getByRole('img'),
    ).toBeVisible();
  });

  test('bars move to new values with transitions, unless motion is reduced', async ({ page }) => {
    await page.goto('/present?lang=en');
    const bar = page.locator('figure svg[role="img"] rect').first();
    await expect(bar).toBeVisible();
    expect(await bar.evaluate((rect) => getComputedStyle(rect).transitionDuration)).toContain(
      '0.6s',
    );
    await page.emulateMedia({ reducedMotion: 'reduce' });
    expect(await bar.evaluate((rect) => getComputedStyle(rect).transitionDuration)).toBe('0s');
  });
});

const SCREENS = [
  { name: 'projector', width: 1920, height: 1080 },
  { name: 'uhd', width: 3840, height: 2160 },
];

for (const screen of SCREENS) {
  test(`screenshots of the presentation at ${screen.width}×${screen.height}`, async ({ page }) => {
    // Ten full-screen shots, at up to 3840×2160, take a while.
    test.setTimeout(180_000);
    await page.clock.install();
    await page.setViewportSize({ width: screen.width, height: screen.height });
    for (const [step, ready] of [
      [1, 'figure svg[role="img"]'],
      [2, 'figure svg[role="img"] >> nth=1'],
      [3, 'tr[data-row] >> nth=18'],
      [5, 'tr[data-row] >> nth=1'],
      [6, 'tbody tr[data-row] >> nth=39'],
    ] as const) {
      await page.goto(`/present?step=${step}`);
      await expect(page.locator(ready)).toBeVisible();
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow, 'horizontal overflow in pixels').toBeLessThanOrEqual(0);
      await pauseClock(page);
      await page.mouse.move(step * 10, 10);
      await page.screenshot({
        path: `test-results/screenshots/present-${step}-${screen.name}.png`,
      });
      await page.clock.runFor(3500);
      await expect(page.locator('.presentation-caption')).toBeVisible();
      await expect(page.locator('.presentation-dock')).toHaveCSS('opacity', '0');
      await page.screenshot({
        path: `test-results/screenshots/present-${step}-${screen.name}-caption.png`,
      });
      await page.clock.resume();
    }
    // With the clock stopped the controls, woken by the pointer, cannot fade before the press.
    await pauseClock(page);
    await page.mouse.move(30, 30);
    await expect(page.locator('.presentation-dock')).toHaveCSS('opacity', '1');
    await page.getByRole('button', { name: 'Steg och inställningar' }).click();
    await expect(page.getByRole('region', { name: 'Stegen i presentationen' })).toBeVisible();
    await page.screenshot({ path: `test-results/screenshots/present-steps-${screen.name}.png` });
  });
}
