import { expect, test } from 'vitest';
import { localeFor } from '../../../lib/hosts/google/locales';
import { parseGoogleLabel } from '../../../lib/hosts/google/parse-label';

const parse = (label: string, title: string, lang = 'en') =>
  parseGoogleLabel(label, { lang, locale: localeFor(lang).table, title });

test.each([
  ['0am to 1am, Night shift, No location, June 10, 2024', 'Night shift'],
  ['11pm to 13pm, Late, No location, June 10, 2024', 'Late'],
  ['13pm to 2pm, Lunch, No location, June 10, 2024', 'Lunch'],
  ['0:30am to 1am, Early, No location, June 10, 2024', 'Early'],
])('an hour a 12-hour clock cannot show is never read as a time: %s', (label, title) => {
  expect(parse(label, title)).toBeNull();
});

test.each([
  ['12am to 1am, Night, No location, June 10, 2024', 'Night', 0, 60],
  ['12pm to 1pm, Noon, No location, June 10, 2024', 'Noon', 720, 780],
  ['11:30am to 12:15pm, Late morning, No location, June 10, 2024', 'Late morning', 690, 735],
  ['9am to 10am, 10am meeting, No location, June 10, 2024', '10am meeting', 540, 600],
])('the edges of a 12-hour clock read right: %s', (label, title, start, end) => {
  expect(parse(label, title)).toMatchObject({ allDay: false, startMinutes: start, endMinutes: end });
});

test('minutes past 59 or hours past 24 are not times', () => {
  expect(parse('9:75 to 10:00, X, No location, June 10, 2024', 'X')).toBeNull();
  expect(parse('25:00 to 26:00, X, No location, June 10, 2024', 'X')).toBeNull();
});

test('the last minute of an hour and the 24th hour read; the 60th minute does not', () => {
  expect(parse('9:59am to 10:59am, X, No location, June 10, 2024', 'X')).toMatchObject({
    startMinutes: 599,
    endMinutes: 659,
  });
  expect(parse('23:00 to 24:00, X, No location, June 10, 2024', 'X')).toMatchObject({
    startMinutes: 1380,
    endMinutes: 1440,
  });
  expect(parse('9:60am to 10am, X, No location, June 10, 2024', 'X')).toBeNull();
});

test.each([
  ['09:00 – 13:30', 540, 810],
  ['19:00 – 20:45', 1140, 1245],
  ['22:00 – 23:00', 1320, 1380],
  ['00:30 – 01:00', 30, 60],
])('in a language without tables only unmistakable 24-hour times read: %s', (times, start, end) => {
  expect(parse(`${times}, X, 10 June 2024`, 'X', 'xx')).toMatchObject({ startMinutes: start, endMinutes: end });
});

test.each(['10:00 – 13:00', '9:00 – 13:00', '12:00 – 14:00', '13:00 – 11:00'])(
  'in a language without tables an hour a 12-hour clock could show is not guessed: %s',
  (times) => {
    expect(parse(`${times}, X, 10 June 2024`, 'X', 'xx')).toBeNull();
  },
);

test.each([
  ['Declined', 'declined'],
  ['Needs RSVP', 'needs-action'],
  ['Maybe', 'tentative'],
  ['accepted', 'accepted'],
])('the RSVP word standing alone after the title: %s', (word, response) => {
  expect(parse(`9am to 10am, Staff meeting, ${word}, No location, June 10, 2024`, 'Staff meeting')?.response).toBe(
    response,
  );
});

test('an RSVP word inside the title or glued to other words is not an answer; a language without the words answers unknown', () => {
  expect(parse('9am to 10am, Declined budget, No location, June 10, 2024', 'Declined budget')?.response).toBe(
    'unknown',
  );
  expect(parse('9am to 10am, Declined, No location, June 10, 2024', 'Declined')?.response).toBe('unknown');
  expect(parse('9am to 10am, X, Declinedx, No location, June 10, 2024', 'X')?.response).toBe('unknown');
  expect(parse('09:00 tot 10:00, X, Is aanvaar, Geen ligging nie, 10 Junie 2024', 'X', 'af')?.response).toBe('unknown');
});

test('the title is found where it stands as a part of its own, even when its words appear in the times', () => {
  // A title that is a time: the first "10am" is in the time part, the title is the part after it.
  expect(parse('9am to 10am, 10am, No location, June 10, 2024', '10am')).toMatchObject({
    startMinutes: 540,
    endMinutes: 600,
  });
  // A title the page wrapped in spaces, and one that leads the label.
  expect(parse('9am to 10am,  Budget , No location, June 10, 2024', ' Budget ')).toMatchObject({ startMinutes: 540 });
  expect(parse('Budget, 9am to 10am, No location, June 10, 2024', 'Budget')).toBeNull();
  // A title found nowhere alone is still cut out where it first appears.
  expect(parse('9am to 10am, Budget review, No location, June 10, 2024', 'Budget')).toMatchObject({
    startMinutes: 540,
  });
});

test('a label with times and one date in its time part is a format we do not know: not read', () => {
  expect(parse('June 9, 2024 at 10pm to 11pm, X, No location, June 10, 2024', 'X')).toBeNull();
  expect(parse('9am to 10am 2024, X, No location, June 10, 2024', 'X')).toBeNull();
  expect(parse('June 9, 2024 at 10:15pm to June 10, 2024 at 6:30am, Sleep, No location', 'Sleep')).toMatchObject({
    startDate: { year: 2024, month: 6, day: 9 },
    endDate: { year: 2024, month: 6, day: 10 },
  });
});

test('an all-day label: by its word, or by where the chip sits when it has no times; its last date range only', () => {
  expect(parse('All day, Field trip, No location, June 10, 2024', 'Field trip')).toMatchObject({
    allDay: true,
    startDate: { year: 2024, month: 6, day: 10 },
    endDate: { year: 2024, month: 6, day: 10 },
  });
  const hinted = (label: string, title: string) =>
    parseGoogleLabel(label, { lang: 'en', locale: localeFor('en').table, title, allDayHint: true });
  expect(hinted('Room 2024, June 10, 2024 – June 12, 2024', 'Room 2024')).toMatchObject({
    allDay: true,
    startDate: { year: 2024, month: 6, day: 10 },
    endDate: { year: 2024, month: 6, day: 12 },
  });
  // A stacked chip with times is a timed event after all.
  expect(hinted('9am to 10am, X, No location, June 10, 2024', 'X')).toMatchObject({ allDay: false, startMinutes: 540 });
  expect(hinted('X, No location', 'X')).toBeNull();
});

test('a calendar and a colour part are named only when the label has them', () => {
  const plain = parse('9am to 10am, X, No location, June 10, 2024', 'X')!;
  expect('calendarName' in plain || 'colorName' in plain).toBe(false);
  expect(parse('9am to 10am, X, Calendar: School, Color: Grape, No location, June 10, 2024', 'X')).toMatchObject({
    calendarName: 'School',
    colorName: 'Grape',
  });
});

test('without a title the whole label is the time part; a title with a space before its separator still stands alone', () => {
  expect(parse('9am to 10am', '')).toMatchObject({ startMinutes: 540, endMinutes: 600 });
  expect(parse('9am to 10am, 10am , No location, June 10, 2024', '10am')).toMatchObject({
    startMinutes: 540,
    endMinutes: 600,
  });
});

test('an all-day range is the last two dates of the final year, not a date earlier in the label', () => {
  expect(parse('All day, Exams, Hall booked June 1, 2024, June 10, 2024 – June 12, 2024', 'Exams')).toMatchObject({
    startDate: { year: 2024, month: 6, day: 10 },
    endDate: { year: 2024, month: 6, day: 12 },
  });
});

test('a title with spaces around it is found as the page shows it', () => {
  expect(parse('9am to 10am, Staff meeting, No location, June 10, 2024', '  Staff meeting ')).toMatchObject({
    startMinutes: 540,
    endMinutes: 600,
  });
});

test('a short number beside the times is not a date: only a year-long number makes the label unreadable', () => {
  expect(parse('9am to 10am, Room 4', '')).toMatchObject({ startMinutes: 540, endMinutes: 600 });
  expect(parse('9am to 10am, Room 2024', '')).toBeNull();
});
