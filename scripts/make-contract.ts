// Writes the trend file's published contract and the district policy schema from the zod schemas: node scripts/run-ts.mjs scripts/make-contract.ts
// (tests/exchange/trend-contract.test.ts fails when the committed copies differ from what this writes).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import '../lib/zod';
import { trendJsonSchema, trendTableSchema } from '../lib/domain/files/trend-contract';
import { managedSchema } from '../lib/domain/settings/policy-schema';

export const CONTRACT_DIR = join(process.cwd(), 'public/trend-file');
export const contractFiles = () => ({
  'table-schema.json': `${JSON.stringify(trendTableSchema(), null, 2)}\n`,
  'trend-export.schema.json': `${JSON.stringify(trendJsonSchema(), null, 2)}\n`,
});

/** The district policy schema Chrome and Edge check managed storage against (lib/domain/settings/policy-schema.ts). */
export const MANAGED_SCHEMA_FILE = join(process.cwd(), 'public/managed_schema.json');
export const managedSchemaText = () => `${JSON.stringify(managedSchema(), null, 2)}\n`;

if (process.argv[1]?.endsWith('make-contract.ts')) {
  mkdirSync(CONTRACT_DIR, { recursive: true });
  for (const [name, text] of Object.entries(contractFiles())) writeFileSync(join(CONTRACT_DIR, name), text);
  writeFileSync(MANAGED_SCHEMA_FILE, managedSchemaText());
  console.log(`contract written to ${CONTRACT_DIR}, policy schema to ${MANAGED_SCHEMA_FILE}`);
}
