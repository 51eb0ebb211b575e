import fc from 'fast-check';
import { describe, expect, test, vi } from 'vitest';
import { cohortByWeek, mergeRows } from '../../lib/domain/coach/coach';
import {
  ImportError,
  MAX_TREND_FILE_BYTES,
  parseTrendCsv,
  parseTrendJson,
  readTrendFile,
  toTrendCsv,
  toTrendJson,
} from '../../lib/exchange/trend-csv';
import {
  RELEASED_TREND_VERSIONS,
  TREND_COLUMNS,
  TrendExportSchema,
  trendRows,
  type TrendRow,
  NO_PRACTICE,
} from '../../lib/domain/files/trend-format';
import { applyBaseline, measureWeek } from '../../lib/domain/measure/summary';
import { at, makeEvent, makeReclaimed, makeTag, tagMap } from '../builders';

const row = (over: Partial<TrendRow> = {}): TrendRow => ({
  leader: 'Leader A',
  week_start: '2026-11-16',
  worked_hours: 42.5,
  instructional_hours: 8,
  walkthrough_hours: 3,
  coaching_hours: 2.25,
  operational_hours: 30,
  reclaimed_hours: 4.5,
  redirected_hours: 1.5,
  redirect_rate: 0.33,
  untagged_hours: 1,
  planned_hours: 3,
  displaced_hours: 0.5,
  open_loops: 1,
  baseline_hours: 3.75,
  role: 'principal',
  ...NO_PRACTICE,
  ...over,
});

describe('export', () => {
  test('the header starts with the required columns in order', () => {
    const csv = toTrendCsv([row()]);
    expect(csv.split('\r\n')[0]!.startsWith(TREND_COLUMNS.join(','))).toBe(true);
    expect(csv.split('\r\n')[1]).toBe(
      'Leader A,2026-11-16,42.50,8.00,3.00,2.25,30.00,4.50,1.50,0.33,1.00,3.00,0.50,1,3.75,principal,,,,,,,,,,,,,,,,',
    );
    // The daily reconcile's columns (version 2), each as its kind says.
    const practised = toTrendCsv([
      row({
        displaced_discipline_hours: 0.75,
        displaced_other_hours: 0,
        unassigned_hours: 0.75,
        unassigned_reasons: 'discipline;walk-in',
        visits_owed_feedback: 9,
        visits_followed_in_two_days: 2,
        coverage: 0.4,
        coverage_weeks: 3,
        days_reconciled: 4,
        school_days: 5,
      }),
    ]);
    expect(practised.split('\r\n')[1]).toMatch(
      /,principal,0\.75,,,,,,,0\.00,0\.75,discipline;walk-in,9,2,0\.40,3,4,5$/,
    );
    // Written as version 1 did: its sixteen columns only.
    expect(toTrendCsv([row()], 1).split('\r\n')[0]!.split(',')).toHaveLength(16);
  });
  test('empty redirect rate when nothing was reclaimed; formulas neutralised', () => {
    const csv = toTrendCsv([row({ leader: '=HYPERLINK("http://x")', reclaimed_hours: 0, redirect_rate: null })]);
    expect(csv).toContain(`"'=HYPERLINK(""http://x"")"`);
    expect(csv.split('\r\n')[1]).toMatch(/,0\.00,1\.50,,1\.00,/);
  });
  test('rows come from the same week summary the panel shows, with no titles anywhere', () => {
    const e = makeEvent({
      title: 'Walkthrough with Jamie R. (student)',
      start: at('2026-11-16', '09:00'),
      end: at('2026-11-16', '10:30'),
    });
    const s = applyBaseline(
      measureWeek({
        weekKey: '2026-11-16',
        events: [e],
        tags: tagMap([makeTag(e.id, 'walkthrough')]),
        reclaimed: [makeReclaimed('2026-11-16', 90)],
        now: at('2026-11-30'),
      }),
      { hours: 0.5, source: 'measured', weeks: [] },
    );
    const rows = trendRows([s], 'Leader B', 'principal');
    expect(rows[0]).toMatchObject({
      walkthrough_hours: 1.5,
      reclaimed_hours: 1.5,
      redirected_hours: 1,
      redirect_rate: 0.67,
    });
    expect(toTrendCsv(rows)).not.toMatch(/Jamie|Walkthrough with/);
    expect(TrendExportSchema.safeParse(JSON.parse(toTrendJson(rows, new Date(0)))).success).toBe(true);
  });
});

const trigger = fc.constantFrom('=', '+', '-', '@', '\t', '\r', "'", ' ', 'A', ',', '"', '\n');
const leaderArb = fc
  .tuple(fc.array(trigger, { maxLength: 3 }), fc.string({ minLength: 1, maxLength: 20 }))
  .map(([a, b]) => `${a.join('')}${b}`)
  .filter((s) => s.trim().length > 0 && s.trim() === s && s.length <= 60);
const hoursArb = fc.integer({ min: 0, max: 16800 }).map((n) => n / 100);
const rowArb = fc.record({
  leader: leaderArb,
  week_start: fc
    .date({ min: new Date('2020-01-01'), max: new Date('2030-12-31'), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 10)),
  worked_hours: hoursArb,
  instructional_hours: hoursArb,
  walkthrough_hours: hoursArb,
  coaching_hours: hoursArb,
  operational_hours: hoursArb,
  reclaimed_hours: hoursArb,
  redirected_hours: fc.option(hoursArb, { nil: null }),
  redirect_rate: fc.option(
    fc.integer({ min: 0, max: 100 }).map((n) => n / 100),
    { nil: null },
  ),
  untagged_hours: hoursArb,
  planned_hours: fc.option(hoursArb, { nil: null }),
  displaced_hours: fc.option(hoursArb, { nil: null }),
  open_loops: fc.option(fc.integer({ min: 0, max: 50 }), { nil: null }),
  baseline_hours: fc.option(hoursArb, { nil: null }),
  role: fc.option(fc.constantFrom('principal', 'assistant-principal', 'coach'), { nil: null }),
  displaced_discipline_hours: fc.option(hoursArb, { nil: null }),
  displaced_walk_in_hours: fc.option(hoursArb, { nil: null }),
  displaced_district_hours: fc.option(hoursArb, { nil: null }),
  displaced_coverage_hours: fc.option(hoursArb, { nil: null }),
  displaced_safety_hours: fc.option(hoursArb, { nil: null }),
  displaced_meeting_ran_over_hours: fc.option(hoursArb, { nil: null }),
  displaced_paperwork_hours: fc.option(hoursArb, { nil: null }),
  displaced_other_hours: fc.option(hoursArb, { nil: null }),
  unassigned_hours: fc.option(hoursArb, { nil: null }),
  unassigned_reasons: fc.option(
    fc
      .uniqueArray(fc.constantFrom('discipline', 'walk-in', 'custom-bus-problems'), { minLength: 1 })
      .map((a) => a.join(';')),
    { nil: null },
  ),
  visits_owed_feedback: fc.option(fc.integer({ min: 0, max: 50 }), { nil: null }),
  visits_followed_in_two_days: fc.option(fc.integer({ min: 0, max: 50 }), { nil: null }),
  coverage: fc.option(
    fc.integer({ min: 0, max: 100 }).map((n) => n / 100),
    { nil: null },
  ),
  coverage_weeks: fc.option(fc.integer({ min: 1, max: 4 }), { nil: null }),
  days_reconciled: fc.option(fc.integer({ min: 0, max: 7 }), { nil: null }),
  school_days: fc.option(fc.integer({ min: 0, max: 7 }), { nil: null }),
}) as fc.Arbitrary<TrendRow>;

test('property: export → import returns the same rows (CSV and JSON), whatever the leader label', () => {
  fc.assert(
    fc.property(
      fc.uniqueArray(rowArb, { minLength: 1, maxLength: 8, selector: (r) => `${r.leader}|${r.week_start}` }),
      (rows) => {
        expect(parseTrendCsv('x.csv', toTrendCsv(rows))).toEqual(rows);
        expect(parseTrendJson('x.json', toTrendJson(rows, new Date(0)))).toEqual(rows);
      },
    ),
    { numRuns: 300 },
  );
});

describe('every cell a spreadsheet would run is neutralised, and only those', () => {
  // The leader label is the only free text in a trend file. Labels are trimmed on import, so a leading tab or CR
  // cannot round-trip; what matters is that the written cell cannot run.
  const firstCell = (leader: string) =>
    toTrendCsv([row({ leader })])
      .split('\r\n')[1]!
      .replace(/^"/, '');
  test.each(['=1+1', '+SUM(A1)', '-2+3', '@SUM(A1)', '\tcmd', '\rcmd', "'quoted"])(
    '%j gets a leading quote',
    (leader) => {
      expect(firstCell(leader).startsWith(`'${leader[0]}`)).toBe(true);
    },
  );
  test.each(['Leader A', '1st grade team', ' x'])('%j is written as it is', (leader) => {
    expect(firstCell(leader).startsWith(leader)).toBe(true);
  });
});

describe('import errors name the file and the row or field', () => {
  const good = toTrendCsv([row(), row({ week_start: '2026-11-23' })]);
  test.each([
    ['wrong columns', 'name,week,hours\nA,2026-11-16,3', /a\.csv: missing columns leader, week_start/],
    [
      'non-numeric hours',
      good.replace('3.00,2.25', 'three,2.25'),
      /a\.csv: row 2, walkthrough_hours: must be a number of hours/,
    ],
    [
      'a date that is not a date',
      good.replace('2026-11-23', '2026-02-31'),
      /a\.csv: row 3, week_start: Not a real calendar date/,
    ],
    ['duplicate rows', `${good}\r\n${good.split('\r\n')[1]}`, /a\.csv: row 4 repeats Leader A 2026-11-16 from row 2/],
    ['a negative number', good.replace('42.50', '-1'), /row 2, worked_hours: cannot be negative/],
  ])('%s', (_name, text, message) => {
    expect(() => parseTrendCsv('a.csv', text)).toThrow(message);
  });
  test('a JSON file of another shape', () => {
    expect(() => parseTrendJson('b.json', '{"events":[]}')).toThrow(/b\.json: not a Leadership Calendar trend export/);
    expect(() =>
      parseTrendJson(
        'c.json',
        JSON.stringify({
          format: 'leadership-calendar-trend',
          version: 1,
          exportedAt: 'x',
          rows: [{ ...row(), coaching_hours: 'lots' }],
        }),
      ),
    ).toThrow(/c\.json: rows\.0\.coaching_hours/);
  });
  test('every released version reads; a newer one says it needs a newer extension', () => {
    const file = (version: number) =>
      JSON.stringify({ format: 'leadership-calendar-trend', version, exportedAt: 'x', rows: [row()] });
    for (const version of RELEASED_TREND_VERSIONS) expect(parseTrendJson('v.json', file(version))).toEqual([row()]);
    expect(() => parseTrendJson('new.json', file(RELEASED_TREND_VERSIONS.length + 1))).toThrow(
      /^new\.json: version: is not a version this extension reads \(it reads 1, 2; a newer file needs a newer extension\)$/,
    );
  });
  test('a CSV without the optional columns reads them as empty', () => {
    const full = toTrendCsv([row()]).split('\r\n');
    const keep = TREND_COLUMNS.length;
    const csv = full.map((line) => line.split(',').slice(0, keep).join(',')).join('\r\n');
    expect(parseTrendCsv('short.csv', csv)).toEqual([
      row({ planned_hours: null, displaced_hours: null, open_loops: null, baseline_hours: null, role: null }),
    ]);
  });
  test('a 50 MB file is refused before it is read', async () => {
    const text = vi.fn(async () => '');
    const big = { name: 'huge.csv', size: 50 * 1024 * 1024, text };
    await expect(readTrendFile(big)).rejects.toThrow(/huge\.csv: the file is 50 MB; trend exports are at most 5 MB/);
    expect(text).not.toHaveBeenCalled();
    // Just under the limit is read (and then fails on its content, not its size).
    const small = { name: 'ok.csv', size: MAX_TREND_FILE_BYTES, text: vi.fn(async () => 'nope') };
    await expect(readTrendFile(small)).rejects.toThrow(/ok\.csv: missing columns/);
    expect(small.text).toHaveBeenCalledOnce();
  });
  test('errors are ImportError with the file name', () => {
    let caught: unknown;
    try {
      parseTrendCsv('d.csv', '');
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(ImportError);
    expect((caught as ImportError).file).toBe('d.csv');
  });
});

describe('coach merge and cohort', () => {
  test('re-adding a file changes nothing; a disagreeing file is flagged, not overwritten', () => {
    const first = mergeRows(new Map(), 'a.csv', [row()]);
    const existing = new Map(first.rows.map((r) => [`${r.leader}\u0000${r.weekStart}`, r]));
    const again = mergeRows(existing, 'a.csv', [row()]);
    expect(again).toMatchObject({ added: 0, unchanged: 1, rows: [] });
    const other = mergeRows(existing, 'b.csv', [row({ walkthrough_hours: 9 })]);
    expect(other.conflicts).toEqual([{ leader: 'Leader A', weekStart: '2026-11-16', file: 'b.csv' }]);
    expect(other.rows[0]!.row.walkthrough_hours).toBe(3);
    expect(other.rows[0]!.conflicts[0]!.row.walkthrough_hours).toBe(9);
  });
  test('median and spread across leaders per week', () => {
    const rows = [1, 2, 3, 4, 10].map((h, i) =>
      row({ leader: `L${i}`, walkthrough_hours: h, coaching_hours: 0, redirect_rate: i === 0 ? null : h / 10 }),
    );
    expect(cohortByWeek(rows)).toEqual([
      {
        weekStart: '2026-11-16',
        leaders: 5,
        median: 3,
        p25: 2,
        p75: 4,
        medianReclaimed: 4.5,
        medianRedirectRate: 0.35,
      },
    ]);
  });
});

describe('every way a trend file is refused, in its exact words', () => {
  const header = toTrendCsv([row()]).split('\r\n')[0]!;
  const line = toTrendCsv([row()]).split('\r\n')[1]!;
  const refused = (text: string) => {
    try {
      parseTrendCsv('t.csv', text);
    } catch (e) {
      return (e as Error).message;
    }
    return 'read';
  };
  test.each([
    ['an empty file', '', 't.csv: the file is empty'],
    ['only blank lines', '\r\n \r\n', 't.csv: the file is empty'],
    ['a header and nothing else', header, 't.csv: no rows after the header'],
    [
      'one required column missing',
      `${header.replace('leader,', '')}\r\n${line}`,
      't.csv: missing column leader (is this a Leadership Calendar trend export?)',
    ],
    [
      'two required columns swapped',
      `${header.replace('leader,week_start', 'week_start,leader')}\r\n${line}`,
      't.csv: column 1 should be "leader" but is "week_start"',
    ],
    [
      'the last required column out of place',
      `${TREND_COLUMNS.slice(0, -1).join(',')},role,${TREND_COLUMNS.at(-1)}\r\n`,
      `t.csv: column ${TREND_COLUMNS.length} should be "${TREND_COLUMNS.at(-1)}" but is "role"`,
    ],
    ['one unknown column', `${header},mood\r\n${line},ok`, 't.csv: unknown column mood'],
    ['two unknown columns', `${header},mood,notes\r\n${line},ok,x`, 't.csv: unknown columns mood, notes'],
    [
      'a short row',
      `${header}\r\n${line.split(',').slice(0, 5).join(',')}`,
      `t.csv: row 2 has 5 cells, expected ${header.split(',').length}`,
    ],
  ])('%s', (_name, text, message) => {
    expect(refused(text)).toBe(message);
  });
  test('a byte-order mark and spaces around header names are tolerated; a blank cell in a number column is empty', () => {
    const spaced = header
      .split(',')
      .map((c) => ` ${c} `)
      .join(',');
    expect(parseTrendCsv('bom.csv', `\ufeff${spaced}\r\n${line}`)).toEqual([row()]);
    const blankRate = line.replace(',0.33,', ',  ,');
    expect(parseTrendCsv('blank.csv', `${header}\r\n${blankRate}`)).toEqual([row({ redirect_rate: null })]);
  });
  test('more than five problems: the first five, then how many more', () => {
    const bad = Array.from({ length: 8 }, () => line.replace('42.50', 'x')).join('\r\n');
    const message = refused(`${header}\r\n${bad}`);
    expect(message.split('; ')).toHaveLength(6);
    expect(message).toMatch(/^t\.csv: row 2, worked_hours: [^;]+; row 3, .*; row 6, [^;]+; and 3 more problems$/);
    const five = Array.from({ length: 5 }, () => line.replace('42.50', 'x')).join('\r\n');
    expect(refused(`${header}\r\n${five}`)).not.toMatch(/more problems/);
  });
  test('JSON: not JSON, not an object, another format, duplicate rows', () => {
    const json = (rows: unknown[]) =>
      JSON.stringify({ format: 'leadership-calendar-trend', version: 1, exportedAt: 'x', rows });
    expect(() => parseTrendJson('j.json', '{nope')).toThrow(/^j\.json: not valid JSON \(.+\)$/);
    for (const text of ['null', '3', '"leadership-calendar-trend"', '[]'])
      expect(() => parseTrendJson('j.json', text)).toThrow(
        'j.json: not a Leadership Calendar trend export (expected "format": "leadership-calendar-trend")',
      );
    expect(() => parseTrendJson('j.json', json([row(), row({ walkthrough_hours: 1 })]))).toThrow(
      /^j\.json: rows\.1 repeats Leader A 2026-11-16 from rows\.0$/,
    );
  });
  test('a file is read as JSON by its name or by its first character, else as CSV', async () => {
    const file = (name: string, text: string) => ({ name, size: text.length, text: async () => text });
    const json = toTrendJson([row()], new Date(0));
    expect(await readTrendFile(file('export.JSON', json))).toEqual([row()]);
    expect(await readTrendFile(file('export.txt', `\n  ${json}`))).toEqual([row()]);
    expect(await readTrendFile(file('export.csv', toTrendCsv([row()])))).toEqual([row()]);
    // Only the name's ending counts, and only a first character of { or [ (after spaces) means JSON.
    await expect(readTrendFile(file('export.json.csv', toTrendCsv([row()])))).resolves.toEqual([row()]);
    await expect(readTrendFile(file('x.csv', `x${json}`))).rejects.toThrow(/x\.csv: missing columns/);
  });
});
