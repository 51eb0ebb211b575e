// Generates lib/domain/time/month-tables.json: the month names (every form Google's labels use) of
// each Google Calendar language, from Node's full ICU (CLDR). Browsers ship reduced ICU data without
// month names for some languages (Chromium: az, cy, eu, …), so the content script must not ask the
// browser's Intl for them at run time. Run `npm run month-tables` after a Node/ICU upgrade and commit.
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { GOOGLE_LOCALES } from '../lib/hosts/google/locales';
import { googleMonthTable } from './month-table';

const tables = Object.fromEntries(Object.keys(GOOGLE_LOCALES).map((code) => [code, googleMonthTable(code)]));
const data = { source: `Node ${process.version} ICU ${process.versions.icu} CLDR ${process.versions.cldr}`, tables };
const out = resolve('lib/domain/time/month-tables.json');
writeFileSync(out, `${JSON.stringify(data)}\n`);
console.log(`${out}: ${Object.keys(tables).length} languages (${data.source})`);
