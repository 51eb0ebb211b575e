import { describe, expect, test } from 'vitest';
import { FLAG_RULES, flagsFor, rowsByLeader, triageLeader, triage as triageOf } from '../../../lib/domain/coach/triage';
import type { TrendRow } from '../../../lib/domain/files/trend-format';

const triage = (rows: readonly TrendRow[]) => triageOf(rowsByLeader(rows));
import { cohortFiles, weekBefore, weekRow } from '../../fixtures/cohort-files';

const NEWEST = '2026-11-30';
const files = cohortFiles(NEWEST);
const flagsOf = (leader: keyof typeof files) => triageLeader(leader, files[leader], NEWEST).flags.map((f) => f.kind);

describe('each reason for a conversation: a file that raises it, and one that does not', () => {
  test('a leader doing as they usually do raises nothing', () => {
    expect(flagsOf('Leader Steady')).toEqual([]);
  });

  test('redirect rate fell: from 52 % to 18 % over four weeks', () => {
    const row = triageLeader('Leader Falling', files['Leader Falling'], NEWEST);
    expect(row.flags).toEqual([{ kind: 'rate-fell', text: 'Redirect rate fell from 52% to 18% over four weeks.' }]);
    // Just under the fall that counts: not raised.
    const small = files['Leader Steady'].map((r, i) =>
      i >= 8 ? { ...r, redirected_hours: 1.44, redirect_rate: 0.36 } : r,
    );
    expect(triageLeader('x', small, NEWEST).flags.map((f) => f.kind)).toEqual([]);
    const edge = files['Leader Steady'].map((r, i) =>
      i >= 8 ? { ...r, redirected_hours: 1.4, redirect_rate: 0.35 } : r,
    );
    expect(triageLeader('x', edge, NEWEST).flags.map((f) => f.kind)).toEqual(['rate-fell']);
    expect(FLAG_RULES.rateFall).toBe(0.15);
  });

  test('under their own baseline: walkthroughs and coaching a week against the baseline in their files', () => {
    expect(
      triageLeader('Leader Under', files['Leader Under'], NEWEST).flags.find((f) => f.kind === 'below-baseline')?.text,
    ).toBe('Walkthroughs and coaching came to 1.2 h a week, under their own baseline of 2.5 h.');
    // 2.1 h against 2.5 h is within half an hour: not raised. 2 h is.
    const near = files['Leader Steady'].map((r, i) =>
      i >= 8 ? { ...r, walkthrough_hours: 1.1, coaching_hours: 1 } : r,
    );
    expect(triageLeader('x', near, NEWEST).flags.map((f) => f.kind)).toEqual([]);
    const edge = files['Leader Steady'].map((r, i) => (i >= 8 ? { ...r, walkthrough_hours: 1, coaching_hours: 1 } : r));
    expect(triageLeader('x', edge, NEWEST).flags.map((f) => f.kind)).toEqual(['below-baseline']);
  });

  test('the baseline is the leader’s own: from the files, else their first three weeks', () => {
    const noBaseline = files['Leader Under'].map((r) => ({ ...r, baseline_hours: null }));
    expect(triageLeader('x', noBaseline, NEWEST).baseline).toBe(3.5);
  });

  test('no file since: two weeks missing raise it, one does not', () => {
    expect(triageLeader('Leader Quiet', files['Leader Quiet'], NEWEST).flags).toContainEqual({
      kind: 'stale',
      text: 'No file since the week of Nov 2.',
    });
    expect(flagsOf('Leader Quiet')).toEqual(['stale']);
    const oneWeekLate = files['Leader Steady'].slice(0, 11);
    expect(triageLeader('x', oneWeekLate, NEWEST).flags.map((f) => f.kind)).toEqual([]);
    expect(triageLeader('x', files['Leader Steady'].slice(0, 10), NEWEST).flags.map((f) => f.kind)).toEqual(['stale']);
  });

  test('walkthroughs without feedback: three in four weeks raise it, two do not', () => {
    expect(triageLeader('Leader Loops', files['Leader Loops'], NEWEST).flags).toEqual([
      { kind: 'open-loops', text: 'Three walkthroughs without feedback.' },
    ]);
    const two = files['Leader Steady'].map((r, i) => (i === 9 || i === 10 ? { ...r, open_loops: 1 } : r));
    expect(triageLeader('x', two, NEWEST).flags.map((f) => f.kind)).toEqual([]);
    // Files that do not say (optional column left out) never raise it.
    expect(
      triageLeader(
        'x',
        files['Leader Loops'].map((r) => ({ ...r, open_loops: null })),
        NEWEST,
      ).openLoops,
    ).toBeNull();
  });

  test('displaced: half or more of the protected time planned', () => {
    expect(triageLeader('Leader Displaced', files['Leader Displaced'], NEWEST).flags).toEqual([
      { kind: 'displaced', text: '2 h of the 3 h of protected time they planned was displaced.' },
    ]);
    const some = files['Leader Steady'].map((r, i) => (i >= 8 ? { ...r, planned_hours: 1, displaced_hours: 0.45 } : r));
    expect(triageLeader('x', some, NEWEST).flags.map((f) => f.kind)).toEqual([]);
  });

  // The daily reconcile's columns (trend file version 2): causes, never people.
  const lastFour = (over: (i: number) => Partial<TrendRow>) =>
    files['Leader Steady'].map((r, i) => (i >= 8 ? { ...r, ...over(i) } : r));

  test('feedback after visits: fewer than half followed within two days, once four visits are judged', () => {
    const late = lastFour((i) => ({
      visits_owed_feedback: i === 8 ? 3 : 2,
      visits_followed_in_two_days: i === 11 ? 2 : 0,
    }));
    expect(triageLeader('x', late, NEWEST).flags).toEqual([
      { kind: 'feedback-late', text: 'Feedback followed 2 of 9 visits within two days.' },
    ]);
    // Half followed is not raised; nor are three visits, however late.
    const half = lastFour(() => ({ visits_owed_feedback: 2, visits_followed_in_two_days: 1 }));
    expect(triageLeader('x', half, NEWEST).flags).toEqual([]);
    const few = lastFour((i) => ({ visits_owed_feedback: i === 8 ? 3 : 0, visits_followed_in_two_days: 0 }));
    expect(triageLeader('x', few, NEWEST).flags).toEqual([]);
    // A version 1 file says nothing about feedback.
    expect(triageLeader('x', files['Leader Steady'], NEWEST).feedback).toBeNull();
  });

  test('a First Responder gap: 2 h or more lost to one reason in weeks where no one was named for it', () => {
    const gap = lastFour((i) => ({
      displaced_discipline_hours: 1.25,
      displaced_walk_in_hours: 0.45,
      unassigned_reasons: i === 8 ? 'walk-in' : 'discipline;walk-in',
    }));
    expect(triageLeader('x', gap, NEWEST).flags).toEqual([
      {
        kind: 'responder-gap',
        text: 'Discipline took 3.8 h of protected time in four weeks; no First Responder is named for it.',
      },
    ]);
    // Walk-ins came to 1.8 h in those weeks: under the 2 h that raises it, but listed.
    expect(triageLeader('x', gap, NEWEST).gaps).toEqual([
      { reason: 'discipline', hours: 3.75 },
      { reason: 'walk-in', hours: 1.8 },
    ]);
    // Time lost where someone is named is not a gap; nor is a leader's own reason.
    const named = lastFour(() => ({ displaced_discipline_hours: 3, unassigned_reasons: null }));
    expect(triageLeader('x', named, NEWEST).flags).toEqual([]);
    const own = lastFour(() => ({ displaced_other_hours: 3, unassigned_reasons: 'custom-bus-problems' }));
    expect(triageLeader('x', own, NEWEST).flags).toEqual([]);
  });

  test('coverage: under half the staff seen within the target, in the newest week that says', () => {
    const low = lastFour((i) => ({ coverage: i === 11 ? 0.4 : 0.9, coverage_weeks: 3 }));
    expect(triageLeader('x', low, NEWEST).flags).toEqual([
      { kind: 'coverage', text: 'Saw 40% of their staff within 3 weeks.' },
    ]);
    const fine = lastFour((i) => ({ coverage: i === 11 ? 0.5 : 0.1, coverage_weeks: 2 }));
    expect(triageLeader('x', fine, NEWEST).flags).toEqual([]);
  });
});

test('absorbed counts only weeks whose redirect is known (not while the baseline is measured)', () => {
  const measuring = [
    weekRow('x', weekBefore(NEWEST, 1), { redirected_hours: null, redirect_rate: null }),
    weekRow('x', NEWEST),
  ];
  expect(triageLeader('x', measuring, NEWEST).absorbed).toBe(2);
  expect(triageLeader('x', [measuring[0]!], NEWEST).absorbed).toBeNull();
});

test('the table opens with the leaders who show reasons first, then by name; never a ranking by hours', () => {
  const rows = triage(Object.values(files).flat());
  expect(rows.map((r) => [r.leader, r.flags.length])).toEqual([
    ['Leader Under', 2],
    ['Leader Displaced', 1],
    ['Leader Falling', 1],
    ['Leader Loops', 1],
    ['Leader Quiet', 1],
    ['Leader Steady', 0],
  ]);
});

describe('the triage row at its edges', () => {
  const weeks = Array.from({ length: 12 }, (_, i) => weekBefore(NEWEST, 11 - i));
  const steady = files['Leader Steady'];

  test('rows in any order: the last four weeks are the latest, compared with the four before them (not all before)', () => {
    // Weeks 1–4 had a rate of 100 %, weeks 5–8 of 50 %, the last four of 50 %: nothing fell over the last four weeks.
    const rows = weeks.map((w, i) =>
      weekRow('x', w, i < 4 ? { redirected_hours: 4, redirect_rate: 1 } : { redirected_hours: 2, redirect_rate: 0.5 }),
    );
    const row = triageLeader('x', [...rows].reverse(), NEWEST);
    expect([row.rate, row.previousRate, row.lastWeek]).toEqual([0.5, 0.5, NEWEST]);
    expect(row.flags).toEqual([]);
  });

  test('the baseline is the latest one a file gives; a week with nothing reclaimed has no rate', () => {
    // (3 h, not the 3.5 h of the leader's first three weeks: the number must come from the files.)
    const rows = steady.map((r, i) => ({ ...r, baseline_hours: i === 11 ? null : i < 6 ? 2 : 3 }));
    expect(triageLeader('x', rows, NEWEST).baseline).toBe(3);
    const nothing = steady.map((r) => ({ ...r, reclaimed_hours: 0, redirected_hours: 0, redirect_rate: null }));
    expect(triageLeader('x', nothing, NEWEST)).toMatchObject({ rate: null, previousRate: null, flags: [] });
  });

  test('no numbers, no reason: a missing rate, hours, plan or displacement never raises a flag', () => {
    const base = triageLeader('x', steady, NEWEST);
    const quiet = (over: Partial<typeof base>) => flagsFor({ ...base, ...over }, NEWEST);
    expect(quiet({ rate: null, previousRate: 0.5 })).toEqual([]);
    expect(quiet({ visitsAndCoaching: null, baseline: 3 })).toEqual([]);
    expect(quiet({ planned: null, displaced: 2 })).toEqual([]);
    expect(quiet({ planned: 0, displaced: 1 })).toEqual([]);
    expect(quiet({ planned: 2, displaced: null })).toEqual([]);
    // Half of the planned time displaced is enough to raise it.
    expect(quiet({ planned: 2, displaced: 1 }).map((f) => f.kind)).toEqual(['displaced']);
  });

  test('a leader with no rows: their newest week is the cohort’s, and nothing is raised', () => {
    expect(triageLeader('x', [], NEWEST)).toMatchObject({ lastWeek: NEWEST, rate: null, baseline: null, flags: [] });
  });

  test('every leader once with all their rows; the newest week is the newest anywhere, whatever the order', () => {
    const a = weeks.map((w) => weekRow('A', w));
    const b = weeks.slice(0, 9).map((w) => weekRow('B', w));
    const rows = triage([...a.slice(-1), ...b, ...a.slice(0, -1)]);
    expect(rows.map((r) => r.leader)).toEqual(['B', 'A']);
    expect(rows.find((r) => r.leader === 'A')!.visitsAndCoaching).toBe(3.5);
    expect(rows[0]!.flags.map((f) => f.kind)).toEqual(['stale']);
    // The first row read is kept (A's newest week comes first), and the newest week does not depend on the last row.
    const again = triage([...[...a].reverse(), ...b]);
    expect(again.find((r) => r.leader === 'A')!.lastWeek).toBe(NEWEST);
    expect(again.find((r) => r.leader === 'B')!.flags.map((f) => f.kind)).toEqual(['stale']);
  });
});
