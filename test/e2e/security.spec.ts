import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { expectNothingInjected, routeHostileData, XSS_PAYLOADS } from './xssPayloads';

declare global {
  interface Window {
    __canaryRan?: boolean;
  }
}

// Playwright's own evaluation is exempt from the page's CSP; a timer hands the attempt back to
// the page, where the policy applies as it would to an injected script.
async function attemptInPage(page: Page, attempt: string): Promise<string> {
  return page.evaluate(
    (source) =>
      new Promise<string>((resolve) => {
        window.__cspViolations = [];
        window.setTimeout(() => {
          try {
            const run = globalThis[source as keyof typeof globalThis] as unknown;
            if (typeof run === 'function') (run as () => void)();
            resolve('allowed');
          } catch (error) {
            resolve(error instanceof Error ? error.name : 'thrown');
          }
        }, 0);
      }),
    attempt,
  );
}

/** Attempts, each defined as a page global by Playwright (exempt), then called from a page task. */
const CANARIES: { name: string; define: string; blockedAs: RegExp }[] = [
  {
    name: 'an inline script element',
    define: `() => { const script = document.createElement('script'); script.appendChild(document.createTextNode('window.__canaryRan = true')); document.body.append(script); }`,
    blockedAs: /^(allowed|TypeError)$/,
  },
  {
    name: 'eval',
    define: `() => { (0, eval)('window.__canaryRan = true'); }`,
    blockedAs: /^EvalError$/,
  },
  {
    name: 'new Function',
    define: `() => { new Function('window.__canaryRan = true')(); }`,
    blockedAs: /^EvalError$/,
  },
  {
    name: 'a string given to setTimeout',
    define: `() => { window.setTimeout('window.__canaryRan = true', 0); }`,
    blockedAs: /^TypeError$/,
  },
  {
    name: 'an innerHTML assignment',
    define: `() => { const box = document.createElement('div'); box.innerHTML = '<img src="x" onerror="window.__canaryRan = true">'; document.body.append(box); }`,
    blockedAs: /^TypeError$/,
  },
  {
    name: 'an inline event handler attribute',
    define: `() => { const button = document.createElement('button'); button.setAttribute('onclick', 'window.__canaryRan = true'); document.body.append(button); button.click(); }`,
    blockedAs: /^TypeError$/,
  },
  {
    name: 'a javascript: URL',
    define: `() => { const link = document.createElement('a'); link.href = 'javascript:window.__canaryRan = true'; document.body.append(link); link.click(); }`,
    blockedAs: /^(allowed|TypeError)$/,
  },
];

test.describe('Content-Security-Policy', () => {
  test('the production server sends a strict policy', async ({ page }) => {
    const response = await page.goto('/');
    const policy = response?.headers()['content-security-policy'] ?? '';
    const directives = new Map(
      policy
        .split(';')
        .map((directive) => directive.trim().split(/\s+/))
        .map(([name, ...values]) => [name, values.join(' ')] as const),
    );
    expect(policy).not.toMatch(/unsafe-inline|unsafe-eval|unsafe-hashes|\*/);
    expect(directives.get('default-src')).toBe("'self'");
    expect(directives.get('script-src')).toBe("'self'");
    expect(directives.get('style-src')).toBe("'self'");
    expect(directives.get('object-src')).toBe("'none'");
    expect(directives.get('base-uri')).toBe("'none'");
    expect(directives.get('frame-ancestors')).toBeDefined();
    expect(directives.get('require-trusted-types-for')).toBe("'script'");
    expect(response?.headers()['x-content-type-options']).toBe('nosniff');
  });

  test.describe('blocks injected code', () => {
    // Chromium logs every blocked attempt as a console error and a violation report: expected.
    test.use({
      expectedProblems: /TrustedScript|TrustedHTML|Content Security Policy|CSP violation/,
    });

    for (const canary of CANARIES) {
      test(`${canary.name} does not run`, async ({ page }) => {
        await page.goto('/?lang=en');
        await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
        await page.evaluate(
          ([name, source]) => {
            Object.assign(window, { [name]: (0, eval)(source) as () => void });
          },
          ['__canary', canary.define] as const,
        );
        const outcome = await attemptInPage(page, '__canary');
        expect(outcome).toMatch(canary.blockedAs);
        // Give anything that did slip through (an error handler, a navigation) time to run.
        await page.waitForTimeout(100);
        expect(await page.evaluate(() => window.__canaryRan)).toBeUndefined();
        const violations = await page.evaluate(() => window.__cspViolations);
        expect(violations.length, 'the browser reported the attempt').toBeGreaterThan(0);
        await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      });
    }
  });
});

const POLLUTING_URLS = [
  '/?__proto__[polluted]=1',
  '/?__proto__.polluted=1',
  '/sectors?constructor[prototype][x]=1',
  '/survey?region[__proto__]=x&__proto__[polluted]=1',
  `/results?region=${encodeURIComponent('{"__proto__":{"polluted":1}}')}`,
  `/projects?q=${encodeURIComponent('{"constructor":{"prototype":{"polluted":1}}}')}&sort[__proto__][polluted]=1`,
];

test.describe('URL parameters', () => {
  for (const url of POLLUTING_URLS) {
    test(`${url} pollutes nothing and the view still works`, async ({ page }) => {
      await page.goto(`${url}&lang=en`);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await expect(page.locator('.chart-skeleton')).toHaveCount(0);
      await expect(page.locator('.chart-state--error')).toHaveCount(0);
      const pollution = await page.evaluate(() => {
        const probe = {} as Record<string, unknown>;
        return {
          polluted: probe.polluted ?? probe.x,
          onObject: Object.getOwnPropertyNames(Object.prototype).filter(
            (name) => name === 'polluted' || name === 'x',
          ),
          prototypeIntact: Object.getPrototypeOf(probe) === Object.prototype,
        };
      });
      expect(pollution).toEqual({ polluted: undefined, onObject: [], prototypeIntact: true });
      // Navigating on from the polluted URL works too.
      await page.getByRole('navigation').getByRole('link').first().click();
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    });
  }
});

// ---------------------------------------------------------------------------------------------
// XSS: hostile text in every field that reaches the screen, through every view.

const XSS_VIEWS = [
  '/',
  '/survey?region=SE-AB',
  '/sectors',
  '/results',
  '/projects',
  '/projects/22-018-S01',
  '/sources',
  '/embed/projects-table',
  '/present?step=2',
];

test.describe('hostile text in the data', () => {
  test.use({ serviceWorkers: 'block', expectedProblems: /service worker/i });
  test.describe.configure({ timeout: 180_000 });

  for (const payload of XSS_PAYLOADS) {
    test(`${payload.name}: shown as text in every view, never run`, async ({ page }) => {
      const dialogs: string[] = [];
      page.on('dialog', (dialog) => {
        dialogs.push(dialog.message());
        void dialog.dismiss();
      });
      await routeHostileData(page, payload.text);
      const visible = payload.text.slice(0, 40);
      for (const view of XSS_VIEWS) {
        await page.goto(`${view}${view.includes('?') ? '&' : '?'}lang=en`);
        await expect(page.locator('.chart-skeleton')).toHaveCount(0);
        await expect(page.getByRole('alert'), view).toHaveCount(0);
        if (view !== '/present?step=2') {
          await expect
            .poll(
              () => page.evaluate((text) => document.body.textContent?.includes(text), visible),
              {
                message: `${view} shows the payload as text`,
              },
            )
            .toBe(true);
        }
        await expectNothingInjected(page);
      }

      // Open tooltips and the data table, where text is placed differently.
      await page.goto('/results?lang=en');
      const definition = page.locator('.info-tip button, button.info-tip').first();
      if ((await definition.count()) > 0) {
        await definition.focus();
        await definition.click();
      }
      const tableToggle = page.getByRole('button', { name: 'Table', exact: true }).first();
      if ((await tableToggle.count()) > 0) await tableToggle.click();
      await expectNothingInjected(page);
      expect(dialogs, 'no dialog opened').toEqual([]);
    });
  }
});
