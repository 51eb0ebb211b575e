import { describe, expect, test } from 'vitest';
import {
  calendarsOf,
  fullCalendarId,
  isPersonCalendar,
  outlookCalendarId,
  sameCalendar,
  unmatchedCalendarId,
} from '../../../lib/domain/events/calendar-ids';
import {
  ALL_CALENDARS,
  calendarGroupOf,
  calendarsOnScreen,
  countsAsMine,
  NOT_KNOWN_GROUP,
  OWN_CALENDARS_GROUP,
  scopeFor,
} from '../../../lib/domain/events/calendars';
import { eventColorOf } from '../../../lib/domain/events/colors';
import { countingSentence, unmatchedSentence } from '../../../lib/domain/measure/explain';
import { listOf } from '../../../lib/domain/measure/exclusions';
import { colourKeyOf, colourKeyRule } from '../../../lib/rules/colour-key';
import { matchRule } from '../../../lib/rules/apply';
import { defaultRules } from '../../../lib/rules/default-rules';

test.each([
  ['principal@m', 'principal@gmail.com'],
  ['c_abc@g', 'c_abc@group.calendar.google.com'],
  ['en.usa#holiday@v', 'en.usa#holiday@group.v.calendar.google.com'],
  ['lee@lincoln.k12.us', 'lee@lincoln.k12.us'],
  ['someone@mail', 'someone@mail'],
  ['no-at-sign', 'no-at-sign'],
])("Google's calendar id %s is %s in full", (short, full) => expect(fullCalendarId(short)).toBe(full));

test('calendar ids compare in full and without case', () => {
  expect(sameCalendar('Principal@m', 'principal@GMAIL.com')).toBe(true);
  expect(sameCalendar('principal@m', 'principal@g')).toBe(false);
  expect(calendarsOf({ calendarId: 'a@m', alsoOn: ['b@m'] })).toEqual(['a@m', 'b@m']);
  expect(calendarsOf({})).toEqual([]);
  expect(isPersonCalendar('rivera@school.org')).toBe(true);
  expect(isPersonCalendar('c_1@g')).toBe(false);
  expect(isPersonCalendar('en.usa#holiday@group.v.calendar.google.com')).toBe(false);
});

describe('whose time counts', () => {
  const none = { mine: null, keptFor: [] };
  test('the leader’s choice, else the account’s own calendar once seen, else every calendar', () => {
    expect(scopeFor({ mine: ['Lee@X.org'], keptFor: [] }, null, []).mine).toEqual(new Set(['lee@x.org']));
    expect(scopeFor(none, { email: 'lee@x.org' }, ['lee@x.org'])).toMatchObject({
      how: 'account',
      mine: new Set(['lee@x.org']),
    });
    // An account whose calendar no page has shown (Outlook user, other account) is not a reason to count nothing.
    expect(scopeFor(none, { email: 'lee@x.org' }, ['other@x.org'])).toMatchObject({ how: 'all', mine: null });
    expect(scopeFor(none, null, ['a@x.org'])).toMatchObject({ how: 'all', mine: null });
  });
  test('a kept calendar never counts, whatever else is chosen', () => {
    const kept = { mine: null, keptFor: [{ calendarId: 'boss@x.org', name: 'Boss' }] };
    expect(countsAsMine({ calendarId: 'boss@x.org' }, scopeFor(kept, null, []))).toBe(false);
    expect(countsAsMine({ calendarId: 'me@x.org' }, scopeFor(kept, null, []))).toBe(true);
    expect(scopeFor(kept, { email: 'boss@x.org' }, ['boss@x.org']).how).toBe('all');
    const both = scopeFor({ mine: ['boss@x.org', 'me@x.org'], keptFor: kept.keptFor }, null, []);
    expect(countsAsMine({ calendarId: 'boss@x.org' }, both)).toBe(false);
  });
  test('an event the page put on no calendar is the leader’s; a shared meeting counts if any calendar is theirs', () => {
    const scope = scopeFor({ mine: ['me@m'], keptFor: [] }, null, []);
    expect(countsAsMine({}, scope)).toBe(true);
    expect(countsAsMine({ calendarId: 'me@gmail.com' }, scope)).toBe(true);
    expect(countsAsMine({ calendarId: 'ap@x.org', alsoOn: ['me@gmail.com'] }, scope)).toBe(true);
    expect(countsAsMine({ calendarId: 'ap@x.org' }, scope)).toBe(false);
    expect(countsAsMine({ calendarId: 'ap@x.org' }, ALL_CALENDARS)).toBe(true);
  });
  test('the calendars on screen: the leader’s first, with names and counts', () => {
    const scope = scopeFor(none, { email: 'lee@x.org' }, ['lee@x.org']);
    const list = calendarsOnScreen(
      [{ calendarId: 'lee@x.org' }, { calendarId: 'ap@x.org', alsoOn: ['lee@x.org'] }, { calendarId: 'c_1@g' }, {}],
      new Map([
        [
          'c_1@group.calendar.google.com',
          { id: 'c_1@group.calendar.google.com', source: 'google', name: 'School', firstSeen: 0, lastSeen: 0 },
        ],
      ]),
      scope,
      none,
      { email: 'lee@x.org', name: 'Dr. Lee' },
    );
    expect(list.map((c) => [c.name, c.events, c.counted, c.account])).toEqual([
      ['Dr. Lee', 2, true, true],
      ['ap@x.org', 1, false, false],
      ['School', 1, false, false],
    ]);
  });
});

describe('the calendars on screen and the tagging list’s groups, at their edges', () => {
  const none = { mine: null, keptFor: [] };
  const dir = new Map([
    [
      'c_1@group.calendar.google.com',
      { id: 'c_1@group.calendar.google.com', source: 'google' as const, name: 'School', firstSeen: 0, lastSeen: 0 },
    ],
  ]);
  test('counted first, then the account’s own, then by name; each with its source when known and who it is kept for', () => {
    const choice = { mine: ['b@x.org', 'a@x.org'], keptFor: [{ calendarId: 'ap@x.org', name: 'Dr. Lee' }] };
    const scope = scopeFor(choice, { email: 'lee@x.org' }, []);
    const list = calendarsOnScreen(
      [
        { calendarId: 'z@x.org' },
        { calendarId: 'lee@x.org' },
        { calendarId: 'b@x.org' },
        { calendarId: 'a@x.org' },
        { calendarId: 'ap@x.org' },
        { calendarId: 'c_1@g' },
      ],
      dir,
      scope,
      choice,
      { email: 'lee@x.org', name: 'Ms. Rivera' },
    );
    expect(list.map((c) => [c.id, c.counted, c.account, c.source, c.keptFor])).toEqual([
      ['a@x.org', true, false, null, null],
      ['b@x.org', true, false, null, null],
      ['lee@x.org', false, true, null, null],
      ['ap@x.org', false, false, null, 'Dr. Lee'],
      ['c_1@group.calendar.google.com', false, false, 'google', null],
      ['z@x.org', false, false, null, null],
    ]);
    // Without an account on the page, no calendar is the account's.
    expect(calendarsOnScreen([{ calendarId: 'lee@x.org' }], dir, ALL_CALENDARS, none, null)[0]!.account).toBe(false);
  });
  test('groups: the leader’s own; a kept calendar by who it is kept for; another by its name; unknown by its id', () => {
    const choice = { mine: ['lee@x.org'], keptFor: [{ calendarId: 'ap@x.org', name: 'Dr. Lee' }] };
    const scope = scopeFor(choice, null, []);
    const onScreen = calendarsOnScreen([{ calendarId: 'ap@x.org' }, { calendarId: 'c_1@g' }], dir, scope, choice, null);
    expect(calendarGroupOf({ calendarId: 'lee@x.org' }, scope, onScreen)).toBe(OWN_CALENDARS_GROUP);
    expect(calendarGroupOf({ calendarId: 'ap@x.org' }, scope, onScreen)).toEqual({
      key: 'ap@x.org',
      label: 'ap@x.org — you keep it for Dr. Lee',
      rank: 1,
      keptFor: 'Dr. Lee',
    });
    expect(calendarGroupOf({ calendarId: 'c_1@g' }, scope, onScreen)).toEqual({
      key: 'c_1@group.calendar.google.com',
      label: 'School — not counted',
      rank: 2,
    });
    expect(calendarGroupOf({ calendarId: 'gone@x.org' }, scope, onScreen)).toEqual({
      key: 'gone@x.org',
      label: 'gone@x.org — not counted',
      rank: 2,
    });
  });
});

describe('the counting sentence', () => {
  const onScreen = [
    { name: 'Dr. Lee', counted: true, account: true },
    { name: 'Ms. Rivera', counted: false, account: false },
  ];
  test.each([
    [
      'account',
      0,
      'Counting only your own calendar (Dr. Lee); the other calendar on screen is not counted — choose yours.',
    ],
    ['all', 0, 'Counting all 2 calendars on screen — choose yours.'],
    ['chosen', 0, null],
    [
      'chosen',
      3,
      "Outlook's calendar list was not visible, so 3 events could not be matched to a calendar and count as yours: " +
        'show the list (the left pane) to have them matched.',
    ],
  ] as const)('%s, %i Outlook events', (how, outlook, sentence) =>
    expect(countingSentence(onScreen, how, outlook)).toBe(sentence),
  );
  test('one calendar on screen needs no question', () =>
    expect(countingSentence(onScreen.slice(0, 1), 'all', 0)).toBeNull());
  test('lists of names', () => {
    expect(listOf(['A'], 3)).toBe('A');
    expect(listOf(['A', 'B', 'C'], 3)).toBe('A, B and C');
    expect(listOf(['A', 'B', 'C', 'D', 'E'], 3)).toBe('A, B, C and 2 more');
  });
});

describe('the colour key', () => {
  test('an event has a colour name only when its label gives it one; the chip colour names it in any language', () => {
    expect(eventColorOf({ color: '#8e24aa', colorName: 'Uva' })?.id).toBe('grape');
    expect(eventColorOf({ color: '#8E24AA' })).toBeUndefined();
    expect(eventColorOf({ color: '#123456', colorName: 'Grape' })?.id).toBe('grape');
    expect(eventColorOf({ color: '#123456', colorName: 'Uva' })).toBeUndefined();
    expect(eventColorOf({ color: '#dbadff', colorName: 'x' })?.id).toBe('grape');
  });
  test('a colour-key rule tags an event by its own colour, never by its calendar’s, and says why', () => {
    const rules = [{ ...colourKeyRule('grape', 'feedback'), order: 0 }, ...defaultRules()];
    const coloured = { title: 'Check-in: Ms. Patel', color: '#8e24aa', colorName: 'Grape' };
    expect(matchRule(rules, coloured)).toMatchObject({
      rule: { activity: 'feedback' },
      reason: 'colour is Grape (your colour key)',
    });
    // Drawn in Grape because its calendar is Grape: no colour of its own, no colour-key tag.
    expect(matchRule(rules, { title: 'Check-in: Ms. Patel', color: '#8e24aa' })).toBeNull();
    expect(colourKeyOf(rules)).toEqual(new Map([['grape', 'feedback']]));
    expect(() => colourKeyRule('grape', 'no-such-activity')).toThrow(/is not an activity/);
  });
});

describe('Outlook events matched to no calendar (issue #33)', () => {
  const own = outlookCalendarId('Calendar');
  const ap = outlookCalendarId('Rivera, Ana');
  const orange = unmatchedCalendarId('#ff8c00');
  const noChoice = { mine: null, keptFor: [] };

  test('are not counted as the leader’s until the leader counts their colour; matched ones follow the choice', () => {
    const before = scopeFor(noChoice, null, [own, ap, orange]);
    expect(countsAsMine({ calendarId: orange }, before)).toBe(false);
    expect(countsAsMine({ calendarId: own }, before)).toBe(true);
    const chosen = scopeFor({ mine: [own], keptFor: [], unmatched: { [orange]: true } }, null, [own, ap, orange]);
    expect(countsAsMine({ calendarId: orange }, chosen)).toBe(true);
    expect(countsAsMine({ calendarId: ap }, chosen)).toBe(false);
    expect(countsAsMine({ calendarId: unmatchedCalendarId('#00ff00') }, chosen)).toBe(false);
    const declined = scopeFor({ ...noChoice, unmatched: { [orange]: false } }, null, [orange]);
    expect(countsAsMine({ calendarId: orange }, declined)).toBe(false);
    // An event with no calendar at all (the pane was hidden, an .ics file) is still the leader's.
    expect(countsAsMine({}, before)).toBe(true);
  });

  test('are named by colour, grouped under "Calendar not known", and an Outlook calendar may be kept for someone', () => {
    const scope = scopeFor({ mine: [own], keptFor: [] }, null, [own, orange]);
    const onScreen = calendarsOnScreen([{ calendarId: own }, { calendarId: orange }], new Map(), scope, noChoice, null);
    expect(onScreen.map((c) => [c.name, c.counted])).toEqual([
      ['outlook:calendar', true],
      ['Calendar not known (colour #ff8c00)', false],
    ]);
    expect(calendarGroupOf({ calendarId: orange }, scope, onScreen)).toEqual(NOT_KNOWN_GROUP);
    expect(isPersonCalendar(ap)).toBe(true);
    expect(isPersonCalendar(orange)).toBe(false);
    expect(unmatchedSentence(3, '#ff8c00')).toBe(
      '3 Outlook events could not be matched to a calendar (colour #ff8c00). Are they yours?',
    );
    expect(unmatchedSentence(1, null)).toBe('1 Outlook event could not be matched to a calendar. Is it yours?');
  });
});
