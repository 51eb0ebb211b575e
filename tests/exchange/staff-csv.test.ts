import { describe, expect, test } from 'vitest';
import { parseStaffCsv } from '../../lib/exchange/staff-csv';
import { MAX_STAFF } from '../../lib/domain/reconcile/staff';

describe('a staff list from a CSV file', () => {
  test('columns found by their headings, in any order; other columns (rooms, counts) never kept', () => {
    const csv =
      '\uFEFFRoom,Email,Last Name,First Name,Students\r\n12,maria.patel@school.org,Patel,Maria,24\r\n14,,Chen,James,22\r\n';
    expect(parseStaffCsv(csv)).toEqual({
      rows: [{ name: 'Maria Patel', email: 'maria.patel@school.org' }, { name: 'James Chen' }],
      problems: [],
      duplicates: 0,
    });
  });
  test('a one-column list with no heading reads one teacher a line; quoted names with commas', () => {
    expect(parseStaffCsv('"Ruiz, Ana"\nOmar Haddad\n').rows.map((r) => r.name)).toEqual(['Ruiz Ana', 'Omar Haddad']);
  });
  test('duplicates merged; bad rows named with their line (the heading is line 1)', () => {
    const parsed = parseStaffCsv('Name,Email\nMaria Patel,maria.patel@school.org\nmaria patel,\n1234,\n,x@\n');
    expect(parsed.rows).toHaveLength(1);
    expect(parsed.duplicates).toBe(1);
    expect(parsed.problems.map((p) => `${p.line}: ${p.why}`)).toEqual(['4: not a name', '5: not an e-mail address']);
  });
  test('refused whole: an empty file, one larger than a staff list, more people than the list holds', () => {
    expect(() => parseStaffCsv('\n\n', 'x.csv')).toThrow('x.csv has no rows. Nothing was added.');
    expect(() => parseStaffCsv('a'.repeat(600 * 1024), 'big.csv')).toThrow(/larger than a staff list/);
    const many = [
      'Name',
      ...Array.from({ length: MAX_STAFF + 1 }, (_, i) => `Teacher Number${String.fromCharCode(65 + (i % 26))}${i}`),
    ].join('\n');
    expect(() => parseStaffCsv(many, 'many.csv')).toThrow(/at most 500/);
  });
});
