import path from 'node:path';
import { defineConfig, devices } from '@playwright/test';

const projectRoot = path.resolve(import.meta.dirname, '..', '..');
// Overridable so that two builds can be tested side by side (e.g. E2E_PORT=4201 E2E_DIST=/tmp/dist).
const port = Number(process.env.E2E_PORT ?? 4173);
const distDir = process.env.E2E_DIST ?? 'dist';

export default defineConfig({
  testDir: '.',
  outputDir: path.join(projectRoot, 'test-results', 'e2e'),
  fullyParallel: true,
  workers: 2,
  retries: 0,
  // Generous: with axe on a two-core machine a full-page check takes several seconds.
  timeout: 60_000,
  expect: { timeout: 15_000 },
  forbidOnly: Boolean(process.env.CI),
  reporter: [
    ['list'],
    ['json', { outputFile: path.join(projectRoot, 'test-results', 'e2e-report.json') }],
  ],
  use: {
    baseURL: `http://localhost:${port}`,
    locale: 'sv-SE',
    timezoneId: 'Europe/Stockholm',
    trace: 'retain-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        viewport: { width: 1280, height: 800 },
        launchOptions: {
          executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
          args: [
            '--no-sandbox',
            '--disable-gpu',
            '--disable-dev-shm-usage',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
            '--no-first-run',
          ],
        },
      },
    },
  ],
  webServer: {
    // The production build, served with the same security headers a host must send.
    command: `npx vite preview --port ${port} --strictPort --outDir ${distDir}`,
    cwd: projectRoot,
    url: `http://localhost:${port}`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
