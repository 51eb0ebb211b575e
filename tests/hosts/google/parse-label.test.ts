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
