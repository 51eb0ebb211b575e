import { z } from '../../zod';
import type { TeacherRef } from '../events/answer';

/**
 * The staff list: the teachers a leader visits and owes feedback to. Names and school e-mail addresses only,
 * never students (research/daily-reconcile.md, "Design implications" 6). A teacher is keyed by their e-mail when
 * known, else by their name folded to lower case, so the same teacher typed twice, pasted, imported from a CSV or
 * named in an assistant's file is one person.
 */
export const MAX_STAFF = 500;
export const MAX_STAFF_FILE_BYTES = 512 * 1024;

const EMAIL = /^[^\s@,;<>()]+@[^\s@,;<>()]+\.[^\s@,;<>()]+$/;

export const StaffMemberSchema = z.strictObject({
  key: z.string().trim().min(1).max(320),
  name: z.string().trim().min(1).max(120),
  email: z.string().trim().regex(EMAIL, 'an e-mail address').max(320).optional(),
  addedAt: z.number().int().min(0),
});
export type StaffMember = z.infer<typeof StaffMemberSchema>;

const fold = (s: string) => s.normalize('NFKC').trim().replace(/\s+/g, ' ').toLowerCase();

/** The key a teacher is known by: the e-mail when there is one, else the folded name. */
export const staffKey = (name: string, email?: string) => (email ? fold(email) : fold(name));

/** A name from an address when only the address is given ("maria.patel@…" → "Maria Patel"). */
function nameFromEmail(email: string): string {
  return email
    .split('@')[0]!
    .split(/[._-]+/)
    .filter(Boolean)
    .map((p) => p[0]!.toUpperCase() + p.slice(1))
    .join(' ');
}

export interface StaffRow {
  name: string;
  email?: string;
}

export interface StaffParse {
  rows: StaffRow[];
  /** Lines that are not a teacher, each with its line number and why. */
  problems: { line: number; text: string; why: string }[];
  /** Lines that named a teacher already in the list above them (merged). */
  duplicates: number;
}

/**
 * One teacher a line: "Maria Patel", "maria.patel@school.org", "Maria Patel <maria.patel@school.org>" or
 * "Maria Patel, maria.patel@school.org". A line with digits only, or that is too long, is named as a problem.
 */
export function parseStaffLine(text: string): StaffRow | string {
  const line = text.trim();
  const angle = /^(.*?)<([^>]+)>\s*$/.exec(line);
  const parts = angle ? [angle[1]!, angle[2]!] : line.split(/\s*[,;\t]\s*/);
  const email = parts.map((p) => p.trim()).find((p) => EMAIL.test(p));
  const name = parts
    .map((p) => p.trim().replace(/^["']|["']$/g, ''))
    .filter((p) => p && p !== email)
    .join(' ')
    .trim();
  const finalName = name || (email ? nameFromEmail(email) : '');
  if (!finalName) return 'no name or e-mail address';
  if (finalName.length > 120) return 'longer than a name';
  if (!/\p{L}/u.test(finalName)) return 'not a name';
  if (!email && /@/.test(line)) return 'not an e-mail address';
  return email ? { name: finalName, email: email.toLowerCase() } : { name: finalName };
}

/** Teachers typed or pasted, one a line (blank lines skipped), duplicates merged, bad lines named. */
export function parseStaffText(text: string): StaffParse {
  const result: StaffParse = { rows: [], problems: [], duplicates: 0 };
  text.split(/\r?\n/).forEach((raw, i) => {
    if (!raw.trim()) return;
    const row = parseStaffLine(raw);
    if (typeof row === 'string') result.problems.push({ line: i + 1, text: raw.trim().slice(0, 80), why: row });
    else addRow(result, row);
  });
  return result;
}

/** Adds a row unless the same teacher is already there (by e-mail, or by name when either has no e-mail). */
export function addRow(result: Pick<StaffParse, 'rows' | 'duplicates'>, row: StaffRow): void {
  const same = result.rows.find(
    (r) =>
      (r.email && row.email && r.email === row.email) || ((!r.email || !row.email) && fold(r.name) === fold(row.name)),
  );
  if (!same) result.rows.push(row);
  else {
    result.duplicates++;
    if (!same.email && row.email) same.email = row.email;
  }
}

/** The rows the list does not hold yet (by key), and how many it already had. */
export function newMembers(
  rows: readonly StaffRow[],
  existing: readonly StaffMember[],
  now: number,
): { add: StaffMember[]; known: number } {
  const keys = new Set(existing.flatMap((m) => [m.key, fold(m.name), ...(m.email ? [fold(m.email)] : [])]));
  const add: StaffMember[] = [];
  let known = 0;
  for (const row of rows) {
    const key = staffKey(row.name, row.email);
    if (keys.has(key) || keys.has(fold(row.name))) {
      known++;
      continue;
    }
    keys.add(key);
    add.push({ key, name: row.name, ...(row.email ? { email: row.email } : {}), addedAt: now });
  }
  return { add, known };
}

/** A teacher as an answer names them. */
export const teacherRef = (m: Pick<StaffMember, 'key' | 'name'>): TeacherRef => ({ key: m.key, name: m.name });

/**
 * The staff named in an event's title ("Walkthrough: Ms. Patel, grade 3" names Maria Patel): the teacher
 * questions offer them first. A surname counts when it stands as a whole word and only one teacher has it.
 */
export function staffInTitle(title: string, staff: readonly StaffMember[]): StaffMember[] {
  const words = new Set(
    fold(title)
      .split(/[^\p{L}\p{N}'-]+/u)
      .filter(Boolean),
  );
  const surnames = new Map<string, StaffMember[]>();
  for (const m of staff) {
    const last = fold(m.name).split(' ').pop()!;
    surnames.set(last, [...(surnames.get(last) ?? []), m]);
  }
  const found = staff.filter((m) => {
    const whole = fold(m.name);
    if (fold(title).includes(whole)) return true;
    const last = whole.split(' ').pop()!;
    return last.length > 1 && words.has(last) && surnames.get(last)!.length === 1;
  });
  return found;
}
