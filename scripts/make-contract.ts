// Writes the trend file's published contract from the zod schema: node scripts/run-ts.mjs scripts/make-contract.ts
// (tests/exchange/trend-contract.test.ts fails when the committed copies differ from what this writes).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import '../lib/zod';
import { trendJsonSchema, trendTableSchema } from '../lib/domain/files/trend-contract';

export const CONTRACT_DIR = join(process.cwd(), 'public/trend-file');
export const contractFiles = () => ({
  'table-schema.json': `${JSON.stringify(trendTableSchema(), null, 2)}\n`,
  'trend-export.schema.json': `${JSON.stringify(trendJsonSchema(), null, 2)}\n`,
});

if (process.argv[1]?.endsWith('make-contract.ts')) {
  mkdirSync(CONTRACT_DIR, { recursive: true });
  for (const [name, text] of Object.entries(contractFiles())) writeFileSync(join(CONTRACT_DIR, name), text);
  console.log(`contract written to ${CONTRACT_DIR}`);
}
