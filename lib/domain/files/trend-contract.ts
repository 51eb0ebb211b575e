import { z } from '../../zod';
import {
  ALL_COLUMNS,
  COLUMN_DOCS,
  COLUMN_KINDS,
  COLUMN_SINCE,
  EXTRA_COLUMNS,
  RELEASED_TREND_VERSIONS,
  TREND_COLUMNS,
  TREND_FORMAT,
  TrendExportSchema,
  TrendRowSchema,
  type TrendColumn,
} from './trend-format';

/**
 * The trend file's contract, machine-readable, generated from the zod schema and the column table in
 * trend-format.ts (tests/exchange/trend-contract.test.ts checks the published copies in public/trend-file/
 * against this, so they cannot drift): a Frictionless Table Schema for the CSV, a JSON Schema for the JSON.
 */

const TYPES = { text: 'string', hours: 'number', fraction: 'number', count: 'integer' } as const;
const UNITS = { text: undefined, hours: 'hours', fraction: 'fraction (0–1)', count: 'count' } as const;

/** The number bounds the zod schema puts on a column, read from its JSON Schema. */
function bounds(column: TrendColumn): { minimum?: number; maximum?: number; maxLength?: number } {
  const field = (
    z.toJSONSchema(TrendRowSchema, { io: 'input', unrepresentable: 'any' }) as {
      properties: Record<string, { anyOf?: Record<string, unknown>[] } & Record<string, unknown>>;
    }
  ).properties[column]!;
  const plain = field.anyOf?.find((f) => f.type !== 'null') ?? field;
  const out: { minimum?: number; maximum?: number; maxLength?: number } = {};
  for (const key of ['minimum', 'maximum', 'maxLength'] as const)
    if (typeof plain[key] === 'number') out[key] = plain[key] as number;
  return out;
}

/** The Frictionless Table Schema of the CSV (https://specs.frictionlessdata.io/table-schema/). */
export function trendTableSchema() {
  const required = new Set<string>(TREND_COLUMNS);
  return {
    $schema: 'https://specs.frictionlessdata.io/schemas/table-schema.json',
    name: TREND_FORMAT,
    title: 'Leadership Calendar trend file (CSV)',
    description:
      'One row per leader and week: weekly totals only, no event titles, places or names. Hours have two decimals. ' +
      "A cell that begins with ' followed by = + - @ tab or CR (or another ') had one ' added so spreadsheets do not run it: strip exactly one.",
    missingValues: [''],
    primaryKey: ['leader', 'week_start'],
    fields: ALL_COLUMNS.map((name) => {
      const kind = COLUMN_KINDS[name];
      const type = name === 'week_start' ? 'date' : TYPES[kind];
      const { minimum, maximum, maxLength } = bounds(name);
      return {
        name,
        type,
        ...(type === 'date' ? { format: 'default' } : {}),
        description: COLUMN_DOCS[name],
        ...(UNITS[kind] ? { unit: UNITS[kind] } : {}),
        constraints: {
          required: required.has(name) && name !== 'redirected_hours' && name !== 'redirect_rate',
          ...(minimum !== undefined ? { minimum } : {}),
          ...(maximum !== undefined ? { maximum } : {}),
          ...(maxLength !== undefined ? { maxLength } : {}),
          ...(name === 'role' ? { enum: ['principal', 'assistant-principal', 'coach'] } : {}),
        },
        // Released versions that carry the column, and those in which a CSV may leave the column out entirely.
        versions: RELEASED_TREND_VERSIONS.filter((v) => v >= COLUMN_SINCE(name)),
        optionalColumnIn: (EXTRA_COLUMNS as readonly string[]).includes(name)
          ? RELEASED_TREND_VERSIONS.filter((v) => v >= COLUMN_SINCE(name))
          : [],
      };
    }),
  };
}

/** The JSON Schema of the JSON export ({format, version, exportedAt, rows}), straight from the zod contract. */
export function trendJsonSchema() {
  const schema = z.toJSONSchema(TrendExportSchema, { io: 'input', unrepresentable: 'any' }) as {
    properties: Record<string, unknown>;
  };
  // The version check is a refinement in zod (for its sentence); in JSON Schema it is the list of released versions.
  schema.properties.version = { type: 'integer', enum: [...RELEASED_TREND_VERSIONS] };
  return {
    $id: `https://leadership-calendar.invalid/${TREND_FORMAT}.schema.json`,
    title: 'Leadership Calendar trend file (JSON)',
    ...schema,
  };
}
