import { describe, expect, test } from 'vitest';
import {
  newMembers,
  parseStaffLine,
  parseStaffText,
  staffInTitle,
  staffKey,
  type StaffMember,
} from '../../../lib/domain/reconcile/staff';

describe('a staff list typed or pasted', () => {
  test('names, addresses, "Name <address>" and "Name, address", one a line', () => {
    expect(parseStaffLine('Maria Patel')).toEqual({ name: 'Maria Patel' });
    expect(parseStaffLine('james.chen@lincoln.k12.us')).toEqual({
      name: 'James Chen',
      email: 'james.chen@lincoln.k12.us',
    });
    expect(parseStaffLine('Ana Ruiz <Ana.Ruiz@Lincoln.k12.us>')).toEqual({
      name: 'Ana Ruiz',
      email: 'ana.ruiz@lincoln.k12.us',
    });
    expect(parseStaffLine('Omar Haddad, omar@lincoln.k12.us')).toEqual({
      name: 'Omar Haddad',
      email: 'omar@lincoln.k12.us',
    });
    expect(parseStaffLine('"Lee, Dana"\tdana.lee@lincoln.k12.us')).toEqual({
      name: 'Lee Dana',
      email: 'dana.lee@lincoln.k12.us',
    });
  });

  test('a line that is not a teacher says why', () => {
    expect(parseStaffLine('12345')).toBe('not a name');
    expect(parseStaffLine('someone@')).toBe('not an e-mail address');
    expect(parseStaffLine('x'.repeat(121))).toBe('longer than a name');
    expect(parseStaffLine(' , ')).toBe('no name or e-mail address');
  });

  test('duplicates merge (by address, or by name when one has none); blank lines are skipped; bad lines are named', () => {
    const parsed = parseStaffText(
      ['Maria Patel', '', 'maria patel, maria.patel@lincoln.k12.us', '42', 'James Chen', 'james chen'].join('\n'),
    );
    expect(parsed.rows).toEqual([{ name: 'Maria Patel', email: 'maria.patel@lincoln.k12.us' }, { name: 'James Chen' }]);
    expect(parsed.duplicates).toBe(2);
    expect(parsed.problems).toEqual([{ line: 4, text: '42', why: 'not a name' }]);
  });

  test('only teachers not on the list are added; a teacher is keyed by address, else by folded name', () => {
    const existing: StaffMember[] = [
      { key: 'maria.patel@lincoln.k12.us', name: 'Maria Patel', email: 'maria.patel@lincoln.k12.us', addedAt: 0 },
    ];
    const { add, known } = newMembers(
      [{ name: 'MARIA  PATEL' }, { name: 'James Chen' }, { name: 'Ana Ruiz', email: 'Ana.Ruiz@lincoln.k12.us' }],
      existing,
      5,
    );
    expect(known).toBe(1);
    expect(add).toEqual([
      { key: 'james chen', name: 'James Chen', addedAt: 5 },
      { key: 'ana.ruiz@lincoln.k12.us', name: 'Ana Ruiz', email: 'Ana.Ruiz@lincoln.k12.us', addedAt: 5 },
    ]);
    expect(staffKey('  José   Núñez ')).toBe('josé núñez');
  });
});

describe('the teachers an event title names', () => {
  const staff: StaffMember[] = ['Maria Patel', 'James Chen', 'Ana Chen', 'Lee Park'].map((name) => ({
    key: name.toLowerCase(),
    name,
    addedAt: 0,
  }));
  test('a full name, or a surname only one teacher has, as a whole word', () => {
    expect(staffInTitle('Walkthrough: Ms. Patel, grade 3', staff).map((m) => m.name)).toEqual(['Maria Patel']);
    expect(staffInTitle('Feedback with Ana Chen', staff).map((m) => m.name)).toEqual(['Ana Chen']);
    // Two teachers named Chen: "Mr. Chen" alone is not enough to say which.
    expect(staffInTitle('Coaching: Mr. Chen', staff)).toEqual([]);
    // "Parking lot" is not Lee Park.
    expect(staffInTitle('Parking lot duty', staff)).toEqual([]);
    expect(staffInTitle('Observation — Park, Patel', staff).map((m) => m.name)).toEqual(['Maria Patel', 'Lee Park']);
  });
});
