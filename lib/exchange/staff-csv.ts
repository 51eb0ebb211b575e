import Papa from 'papaparse';
import { addRow, MAX_STAFF, MAX_STAFF_FILE_BYTES, parseStaffLine, type StaffParse } from '../domain/reconcile/staff';

/**
 * A staff list from a CSV file (a district's HR or SIS export, or a spreadsheet): a name column (or first and last
 * name columns) and an optional e-mail column, found by their headings in any order; or, with no heading, one
 * teacher a line as in the typed list. papaparse reads the quoting, BOMs and line ends. Only names and e-mail
 * addresses are kept: any other column (student counts, rooms) is ignored and never stored.
 */
const NAME = /^(name|full ?name|teacher|teacher ?name|staff ?name|display ?name)$/i;
const FIRST = /^(first|first ?name|given ?name)$/i;
const LAST = /^(last|last ?name|surname|family ?name)$/i;
const EMAIL = /^(e-?mail|e-?mail ?address|work ?e-?mail|school ?e-?mail)$/i;

export class StaffFileError extends Error {}

export function parseStaffCsv(text: string, name = 'This file'): StaffParse {
  if (text.length > MAX_STAFF_FILE_BYTES)
    throw new StaffFileError(
      `${name} is larger than a staff list (over ${MAX_STAFF_FILE_BYTES / 1024} KB). Nothing was added.`,
    );
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: 'greedy' });
  const rows = parsed.data.filter((r) => r.some((c) => c.trim()));
  if (rows.length === 0) throw new StaffFileError(`${name} has no rows. Nothing was added.`);
  const head = rows[0]!.map((c) => c.trim());
  const col = (re: RegExp) => head.findIndex((c) => re.test(c));
  const [nameAt, firstAt, lastAt, emailAt] = [col(NAME), col(FIRST), col(LAST), col(EMAIL)];
  const headed = nameAt >= 0 || (firstAt >= 0 && lastAt >= 0) || emailAt >= 0;
  const result: StaffParse = { rows: [], problems: [], duplicates: 0 };
  const body = headed ? rows.slice(1) : rows;
  body.forEach((cells, i) => {
    const line = i + (headed ? 2 : 1);
    const cell = (at: number) => (at >= 0 ? (cells[at] ?? '').trim() : '');
    const text = headed
      ? [nameAt >= 0 ? cell(nameAt) : `${cell(firstAt)} ${cell(lastAt)}`.trim(), cell(emailAt)]
          .filter(Boolean)
          .join(', ')
      : cells.join(', ');
    const row = parseStaffLine(text);
    if (typeof row === 'string') result.problems.push({ line, text: cells.join(', ').slice(0, 80), why: row });
    else addRow(result, row);
  });
  if (result.rows.length > MAX_STAFF)
    throw new StaffFileError(
      `${name} lists ${result.rows.length} people; a staff list holds at most ${MAX_STAFF}. Nothing was added.`,
    );
  return result;
}
