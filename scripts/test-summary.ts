// Prints the test counts by kind from Vitest's JSON reports, ending with the plain line
// "tests: N passed, N failed" that CI reads.
import fs from 'node:fs';
import path from 'node:path';

const dir = path.resolve(import.meta.dirname, '../test-results');
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
if (passed === 0) failed++;
console.log(`tests: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failed > 0 ? 1 : 0);
