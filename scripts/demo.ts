// `npm run demo -- --out FILE [--lang de|en]`: writes the demo workspace to a new file.
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { writeDemo } from '../db/demo/demo.ts';
import { openWorkspace } from '../db/sqlite/connection.ts';

const { values } = parseArgs({
  options: { out: { type: 'string' }, lang: { type: 'string', default: 'de' } },
});
if (!values.out || (values.lang !== 'de' && values.lang !== 'en')) {
  console.error('Usage: npm run demo -- --out FILE.clusterpilot [--lang de|en]');
  process.exit(2);
}
const file = path.resolve(values.out);
if (fs.existsSync(file)) {
  console.error(`${file} already exists; choose a new file name.`);
  process.exit(1);
}
const { db } = await openWorkspace(file);
writeDemo(db, values.lang, new Date());
const counts = db
  .prepare(
    'select (select count(*) from actor) as actors, (select count(*) from indicator) as indicators, (select count(*) from measurement) as measurements',
  )
  .get();
db.close();
console.log(`Wrote ${file} (${values.lang}): ${JSON.stringify(counts)}`);
