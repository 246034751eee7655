// Adds up the unit (Vitest) and browser (Playwright) reports into one line:
// "N passed, N failed, N skipped". Exits non-zero when a report is missing or a test failed.
import { existsSync, readFileSync } from 'node:fs';

const reports = {
  unit: 'test-results/unit-report.json',
  e2e: 'test-results/e2e-report.json',
};

let passed = 0;
let failed = 0;
let skipped = 0;
let missing = 0;

if (existsSync(reports.unit)) {
  const unit = JSON.parse(readFileSync(reports.unit, 'utf8'));
  passed += unit.numPassedTests ?? 0;
  failed += unit.numFailedTests ?? 0;
  skipped += (unit.numPendingTests ?? 0) + (unit.numTodoTests ?? 0);
} else {
  console.log(`no unit test report at ${reports.unit}`);
  missing += 1;
}

if (existsSync(reports.e2e)) {
  const e2e = JSON.parse(readFileSync(reports.e2e, 'utf8'));
  passed += e2e.stats?.expected ?? 0;
  failed += (e2e.stats?.unexpected ?? 0) + (e2e.stats?.flaky ?? 0);
  skipped += e2e.stats?.skipped ?? 0;
} else {
  console.log(`no browser test report at ${reports.e2e}`);
  missing += 1;
}

console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failed > 0 || missing > 0 ? 1 : 0);
