// Prints the test counts by kind from Vitest's JSON reports, ending with the plain line
// "tests: N passed, N failed" that CI reads.
import fs from 'node:fs';
import path from 'node:path';

const dir = process.env.CLUSTERPILOT_TEST_RESULTS ?? path.resolve(import.meta.dirname, '../test-results');
const kinds = ['unit', 'component', 'e2e'];
let passed = 0;
let failed = 0;
let skipped = 0;
for (const kind of kinds) {
  const file = path.join(dir, `${kind}.json`);
  if (!fs.existsSync(file)) {
    console.log(`${kind}: no report (did it run?)`);
    failed++;
    continue;
  }
  const report = JSON.parse(fs.readFileSync(file, 'utf8'));
  const counts = {
    passed: report.numPassedTests as number,
    failed: report.numFailedTests as number,
    skipped: (report.numPendingTests as number) + (report.numTodoTests as number),
  };
  console.log(`${kind}: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`);
  passed += counts.passed;
  failed += counts.failed;
  skipped += counts.skipped;
}
// The desktop smoke suite runs only where the Electron binary is; elsewhere it is named, not counted.
const electron = path.join(dir, 'electron.json');
const notRun = path.join(dir, 'electron-not-run.txt');
if (fs.existsSync(electron)) {
  const report = JSON.parse(fs.readFileSync(electron, 'utf8'));
  console.log(`electron: ${report.numPassedTests} passed, ${report.numFailedTests} failed`);
  passed += report.numPassedTests as number;
  failed += report.numFailedTests as number;
} else if (fs.existsSync(notRun)) {
  console.log(`electron: not run. ${fs.readFileSync(notRun, 'utf8').trim()}`);
}
if (passed === 0) failed++;
console.log(`tests: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failed > 0 ? 1 : 0);
