// The trend file's contract, columns and versions: docs/file-contracts.md.
import Papa from 'papaparse';
import { describeZodError } from '../zod';
import {
  ALL_COLUMNS,
  COLUMN_KINDS,
  COLUMN_SINCE,
  EXTRA_COLUMNS,
  type TrendColumn,
  TREND_COLUMNS,
  TREND_FORMAT,
  TREND_FORMAT_VERSION,
  TrendExportSchema,
  TrendRowSchema,
  type TrendExport,
  type TrendRow,
} from '../domain/files/trend-format';

/** Trend files larger than this are refused before they are read. */
export const MAX_TREND_FILE_BYTES = 5 * 1024 * 1024;

export class ImportError extends Error {
  constructor(
    readonly file: string,
    readonly problems: string[],
  ) {
    super(
      `${file}: ${problems.slice(0, 5).join('; ')}${problems.length > 5 ? `; and ${problems.length - 5} more problems` : ''}`,
    );
  }
}

/**
 * Formula neutralisation (OWASP/CWE-1236): a cell a spreadsheet would run (= + - @ tab CR) gets a leading '.
 * A cell that already starts with ' gets one too, so the import can strip exactly one and round-trip.
 */
const escapeCell = (v: string) => (/^[=+\-@\t\r']/.test(v) ? `'${v}` : v);
const cell = (v: string | number | null) =>
  v === null ? '' : typeof v === 'number' ? (Number.isInteger(v) ? String(v) : v.toFixed(2)) : escapeCell(v);

/** The columns a version of the format has: each released build wrote exactly these (tests write old files so). */
const columnsOf = (version: number) => ALL_COLUMNS.filter((c) => COLUMN_SINCE(c) <= version);

/**
 * CSV with the required columns first. Cells that a spreadsheet would run as a formula are neutralised with a
 * leading '. `version` writes a file as that released version did (only its columns).
 */
export function toTrendCsv(rows: readonly TrendRow[], version: number = TREND_FORMAT_VERSION): string {
  const decimal = (c: TrendColumn) => COLUMN_KINDS[c] === 'hours' || COLUMN_KINDS[c] === 'fraction';
  const columns = columnsOf(version);
  const data = rows.map((r) =>
    columns.map((c) =>
      decimal(c) && typeof r[c] === 'number' ? (r[c] as number).toFixed(2) : cell(r[c] as string | number | null),
    ),
  );
  return Papa.unparse({ fields: [...columns], data }, { newline: '\r\n' });
}

export function toTrendJson(
  rows: readonly TrendRow[],
  exportedAt: Date,
  version: number = TREND_FORMAT_VERSION,
): string {
  const columns = columnsOf(version);
  const file = {
    format: TREND_FORMAT,
    version,
    exportedAt: exportedAt.toISOString(),
    rows: rows.map((r) => Object.fromEntries(columns.map((c) => [c, r[c]]))),
  } satisfies Omit<TrendExport, 'rows'> & { rows: unknown[] };
  return JSON.stringify(file, null, 2);
}

/** Undo the export's neutralisation: one leading ' before a trigger character or another '. */
function unescapeCell(value: string): string {
  return /^'[=+\-@\t\r']/.test(value) ? value.slice(1) : value;
}

function toNumber(value: string): number | null | string {
  if (value.trim() === '') return null;
  const n = Number(value);
  return Number.isFinite(n) ? n : value;
}

/** Two rows for the same leader and week inside one file: reported, never silently merged. */
function checkDuplicates(rows: readonly TrendRow[], label: (i: number) => string): string[] {
  const seen = new Map<string, number>();
  const problems: string[] = [];
  rows.forEach((r, i) => {
    const key = `${r.leader}\u0000${r.week_start}`;
    const first = seen.get(key);
    if (first === undefined) seen.set(key, i);
    else problems.push(`${label(i)} repeats ${r.leader} ${r.week_start} from ${label(first)}`);
  });
  return problems;
}

/** Reads a trend CSV completely and validates every row; any problem rejects the whole file with where it is. */
export function parseTrendCsv(file: string, text: string): TrendRow[] {
  const parsed = Papa.parse<string[]>(text.replace(/^\ufeff/, ''), { skipEmptyLines: 'greedy' });
  const [header, ...body] = parsed.data;
  if (!header) throw new ImportError(file, ['the file is empty']);
  const columns = header.map((h) => h.trim());
  const missing = TREND_COLUMNS.filter((c) => !columns.includes(c));
  if (missing.length)
    throw new ImportError(file, [
      `missing ${missing.length === 1 ? 'column' : 'columns'} ${missing.join(', ')} (is this a Leadership Calendar trend export?)`,
    ]);
  const misplaced = TREND_COLUMNS.findIndex((c, i) => columns[i] !== c);
  if (misplaced >= 0)
    throw new ImportError(file, [
      `column ${misplaced + 1} should be "${TREND_COLUMNS[misplaced]}" but is "${columns[misplaced]}"`,
    ]);
  const unknown = columns.filter((c) => !(ALL_COLUMNS as readonly string[]).includes(c));
  if (unknown.length)
    throw new ImportError(file, [`unknown ${unknown.length === 1 ? 'column' : 'columns'} ${unknown.join(', ')}`]);
  const problems: string[] = [];
  const rows: TrendRow[] = [];
  const rowNumbers: number[] = [];
  body.forEach((cells, i) => {
    const rowNumber = i + 2; // the header is row 1
    if (cells.length !== columns.length) {
      problems.push(`row ${rowNumber} has ${cells.length} cells, expected ${columns.length}`);
      return;
    }
    // Optional columns a file leaves out read as empty; each cell is read as its column's kind says.
    const record: Record<string, unknown> = Object.fromEntries(EXTRA_COLUMNS.map((c) => [c, null]));
    columns.forEach((c, j) => {
      const value = unescapeCell(cells[j] ?? '');
      const optional = (EXTRA_COLUMNS as readonly string[]).includes(c);
      record[c] =
        COLUMN_KINDS[c as TrendColumn] === 'text' ? (optional && value === '' ? null : value) : toNumber(value);
    });
    const result = TrendRowSchema.safeParse(record);
    if (result.success) {
      rows.push(result.data);
      rowNumbers.push(rowNumber);
    } else problems.push(`row ${rowNumber}, ${describeZodError(result.error)}`);
  });
  problems.push(...checkDuplicates(rows, (i) => `row ${rowNumbers[i]}`));
  if (problems.length) throw new ImportError(file, problems);
  if (rows.length === 0) throw new ImportError(file, ['no rows after the header']);
  return rows;
}

export function parseTrendJson(file: string, text: string): TrendRow[] {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new ImportError(file, [`not valid JSON (${(error as Error).message})`]);
  }
  if (typeof json !== 'object' || json === null || (json as { format?: unknown }).format !== TREND_FORMAT) {
    throw new ImportError(file, [`not a Leadership Calendar trend export (expected "format": "${TREND_FORMAT}")`]);
  }
  const result = TrendExportSchema.safeParse(json);
  if (!result.success) throw new ImportError(file, [describeZodError(result.error)]);
  const dupes = checkDuplicates(result.data.rows, (i) => `rows.${i}`);
  if (dupes.length) throw new ImportError(file, dupes);
  return result.data.rows;
}

/** Reads one file a coach adds: size check first, then CSV or JSON by name and content. */
export async function readTrendFile(file: {
  name: string;
  size: number;
  text(): Promise<string>;
}): Promise<TrendRow[]> {
  if (file.size > MAX_TREND_FILE_BYTES) {
    throw new ImportError(file.name, [
      `the file is ${(file.size / 1024 / 1024).toFixed(0)} MB; trend exports are at most ${MAX_TREND_FILE_BYTES / 1024 / 1024} MB (is this the right file?)`,
    ]);
  }
  const text = await file.text();
  const looksJson = /\.json$/i.test(file.name) || /^\s*[{[]/.test(text);
  return looksJson ? parseTrendJson(file.name, text) : parseTrendCsv(file.name, text);
}
