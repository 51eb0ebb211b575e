import { expect, test } from 'vitest';
import { LABEL_PARTS, labelParts } from '../../../lib/hosts/google/label-parts';
import { localeFor } from '../../../lib/hosts/google/locales';
import { parseGoogleLabel } from '../../../lib/hosts/google/parse-label';
import { loadCorpus } from './corpus';

/** What the English label of the same corpus event says: its calendar's name and whether it has its own colour. */
function englishParts(cases: ReturnType<typeof loadCorpus>['cases'], summary: string) {
  const en = cases.find((c) => c.lang === 'en' && c.summary === summary)!.label;
  return { calendar: /Calendar: ([^,]+)/.exec(en)?.[1], hasColor: /Color: /.test(en) };
}

test('the table has every corpus language', () => {
  expect(Object.keys(LABEL_PARTS).sort()).toEqual([...loadCorpus().langs].sort());
});

test('in every corpus language and both time formats, the calendar and the colour parts are read (and only there)', () => {
  const { cases } = loadCorpus();
  const wrong: string[] = [];
  let named = 0;
  let coloured = 0;
  for (const c of cases) {
    const expected = englishParts(cases, c.summary);
    const parsed = parseGoogleLabel(c.label, { lang: c.lang, locale: localeFor(c.lang).table, title: c.summary });
    if (parsed?.calendarName !== expected.calendar)
      wrong.push(`${c.lang} calendar ${parsed?.calendarName}: ${c.label}`);
    // Kazakh writes the colour with no word before it ("Графит түсті"): it is not read, never misread.
    const colorExpected = expected.hasColor && LABEL_PARTS[c.lang]![1] !== null;
    if (!!parsed?.colorName !== colorExpected) wrong.push(`${c.lang} colour ${parsed?.colorName}: ${c.label}`);
    if (parsed?.calendarName) named++;
    if (parsed?.colorName) coloured++;
  }
  expect(wrong).toEqual([]);
  // The check is not empty: most corpus events are on a named calendar and one in nine has its own colour.
  expect(named).toBeGreaterThan(1000);
  expect(coloured).toBeGreaterThan(200);
});

test('a quoted name is read without its quotes (Lithuanian „Critical“)', () => {
  expect(labelParts(', Kalendorius: „Critical“, Nėra vietos, Spalva: Grafitas, ', 'lt')).toEqual({
    calendar: 'Critical',
    color: 'Grafitas',
  });
});

test('the parts are looked for after the title only: a title that says "Calendar:" names no calendar', () => {
  const parsed = parseGoogleLabel('9am to 10am, Calendar: review with staff, No location, June 10, 2024', {
    lang: 'en',
    locale: localeFor('en').table,
    title: 'Calendar: review with staff',
  });
  expect(parsed?.calendarName).toBeUndefined();
  expect(parsed?.startMinutes).toBe(540);
});

test('a language with no table names nothing', () => {
  expect(labelParts(', Calendar: Esri, No location', 'xx')).toEqual({});
});

test('names are trimmed and unquoted, and a part the label lacks is absent, not undefined', () => {
  expect(labelParts(', Calendar: “ School ” , Color: Grape , No location', 'en')).toStrictEqual({
    calendar: 'School',
    color: 'Grape',
  });
  expect(labelParts(', Calendar: School, No location', 'en')).toStrictEqual({ calendar: 'School' });
  expect(labelParts(', Color: Grape, No location', 'en')).toStrictEqual({ color: 'Grape' });
  expect(labelParts(', No location', 'en')).toStrictEqual({});
});
