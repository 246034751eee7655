import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Page } from '@playwright/test';

declare global {
  interface Window {
    __cspViolations: string[];
  }
}

/**
 * Every test fails on a console error, an uncaught exception or a Content-Security-Policy
 * violation, whatever else it checks.
 */
export const test = base.extend<{ expectedProblems: RegExp; pageProblems: string[] }>({
  /** Problems a test provokes on purpose (a CSP canary, a failing request): `test.use` to set. */
  expectedProblems: [/(?!)/, { option: true }],
  pageProblems: [
    async ({ page, expectedProblems }, use) => {
      const problems: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
      });
      page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
      await page.addInitScript(() => {
        window.__cspViolations = [];
        document.addEventListener('securitypolicyviolation', (event) => {
          window.__cspViolations.push(
            `${event.violatedDirective} blocked ${event.blockedURI} at ${event.sourceFile}:${event.lineNumber}:${event.columnNumber}`,
          );
        });
      });
      await use(problems);
      const violations = await page
        .evaluate(() => window.__cspViolations ?? [])
        .catch(() => [] as string[]);
      problems.push(...violations.map((violation) => `CSP violation: ${violation}`));
      const unexpected = problems.filter((problem) => !expectedProblems.test(problem));
      expect(unexpected, 'console errors, page errors and CSP violations').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** Fails on any serious or critical WCAG 2.x A/AA violation axe finds on the page as it is. */
export async function expectNoSeriousAxeViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  const serious = results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map(
      (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target).join(', ')}`,
    );
  expect(serious).toEqual([]);
}
