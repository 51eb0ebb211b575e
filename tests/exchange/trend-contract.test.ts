import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { ALL_COLUMNS, EXTRA_COLUMNS } from '../../lib/domain/files/trend-format';
import { trendTableSchema } from '../../lib/domain/files/trend-contract';
import { CONTRACT_DIR, contractFiles } from '../../scripts/make-contract';

test('the published contract is exactly what the zod schema generates (run npm run contract after a change)', () => {
  for (const [name, text] of Object.entries(contractFiles()))
    expect(readFileSync(join(CONTRACT_DIR, name), 'utf8'), `public/trend-file/${name}`).toBe(text);
});

test('the table schema names every column with its type and unit, and says which may be left out', () => {
  const schema = trendTableSchema();
  expect(schema.fields.map((f) => f.name)).toEqual([...ALL_COLUMNS]);
  const field = (name: string) => schema.fields.find((f) => f.name === name)!;
  expect(field('week_start')).toMatchObject({ type: 'date', constraints: { required: true } });
  expect(field('walkthrough_hours')).toMatchObject({
    type: 'number',
    unit: 'hours',
    constraints: { minimum: 0, maximum: 168 },
  });
  expect(field('redirect_rate')).toMatchObject({
    type: 'number',
    unit: 'fraction (0–1)',
    constraints: { required: false, maximum: 1 },
  });
  expect(field('open_loops')).toMatchObject({ type: 'integer', unit: 'count' });
  expect(schema.fields.filter((f) => f.optionalColumnIn.length > 0).map((f) => f.name)).toEqual([...EXTRA_COLUMNS]);
});
