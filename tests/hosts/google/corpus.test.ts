import { expect, test } from 'vitest';
import { knownLocale, localeFor } from '../../../lib/hosts/google/locales';
import { parseGoogleLabel, SEPARATORS } from '../../../lib/hosts/google/parse-label';
import { loadCorpus, type CorpusCase } from './corpus';

const iso = (d?: { year: number; month: number; day: number }) =>
  d ? `${d.year}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}` : undefined;

function exact(c: CorpusCase): boolean {
  const locale = localeFor(c.lang);
  const parsed = parseGoogleLabel(c.label, { lang: c.lang, locale: locale.table, title: c.summary });
  if (!parsed || parsed.allDay) return false;
  return (
    parsed.startMinutes === c.expected.startMinutes &&
    parsed.endMinutes === c.expected.endMinutes &&
    iso(parsed.startDate) === c.expected.startDate &&
    iso(parsed.endDate) === c.expected.endDate
  );
}

/** Languages that must read every label exactly. */
const MUST_BE_EXACT = ['en', 'en_GB', 'es', 'es_419', 'pt_BR', 'fr', 'de', 'zh_CN', 'vi', 'ko', 'ar', 'hi'];

test('every corpus label of the supported languages reads exactly; the table is printed', () => {
  const { langs, cases } = loadCorpus();
  expect(cases).toHaveLength(18 * 73 * 2);
  const rows: string[] = [];
  const failures: string[] = [];
  let total = 0;
  for (const lang of langs) {
    const counts = (['24h', '12h'] as const).map((format) => {
      const mine = cases.filter((c) => c.lang === lang && c.format === format);
      const ok = mine.filter(exact);
      total += ok.length;
      if (MUST_BE_EXACT.includes(lang))
        for (const c of mine.filter((c) => !exact(c))) failures.push(`${lang} ${format}: ${c.label}`);
      return ok.length;
    });
    rows.push(`${lang.padEnd(7)} 24h ${String(counts[0]).padStart(2)}/18  12h ${String(counts[1]).padStart(2)}/18`);
  }
  console.log(
    `Google label corpus, exact reads per language:\n${rows.join('\n')}\noverall ${total}/${cases.length} (${((100 * total) / cases.length).toFixed(1)}%)`,
  );
  expect(failures).toEqual([]);
  expect(total / cases.length).toBeGreaterThanOrEqual(0.995);
});

/** Never a wrong time: a label is either read exactly or not at all. */
function wrong(c: CorpusCase, lang: string): boolean {
  const locale = localeFor(lang);
  const parsed = parseGoogleLabel(c.label, { lang, locale: locale.table, title: c.summary });
  return parsed !== null && !exact({ ...c, lang: c.lang });
}

test('no label in the corpus is ever read as a wrong time, in its own language or as an unknown one', () => {
  const { cases } = loadCorpus();
  expect(cases.filter((c) => wrong(c, c.lang)).map((c) => `${c.lang}: ${c.label}`)).toEqual([]);
  // Every label read as if the page's language were one we have no table for.
  const asUnknown = cases.filter((c) => {
    const parsed = parseGoogleLabel(c.label, { lang: 'xx', locale: localeFor('xx').table, title: c.summary });
    return (
      parsed !== null &&
      !(parsed.startMinutes === c.expected.startMinutes && parsed.endMinutes === c.expected.endMinutes)
    );
  });
  expect(asUnknown.map((c) => `${c.lang} ${c.format}: ${c.label}`)).toEqual([]);
  expect(knownLocale('xx')).toBeNull();
});

test.each([
  ['en-GB', 'en_GB'],
  ['es-MX', 'es_419'],
  ['es-ES', 'es'],
  ['he', 'iw'],
  ['zh-TW', 'zh_TW'],
  ['zh-HK', 'zh_HK'],
  ['pt', 'pt_BR'],
  ['xx', 'fallback'],
])('<html lang="%s"> uses the %s table', (lang, code) => {
  expect(localeFor(lang).code).toBe(code);
});

test('every character that separates a title from its neighbours in the corpus is a known separator', () => {
  const unknown = new Set<string>();
  for (const c of loadCorpus().cases) {
    const at = c.label.indexOf(c.summary);
    if (at <= 0) continue;
    const before = c.label.slice(0, at).trimEnd().at(-1);
    const after = c.label.slice(at + c.summary.length).trimStart()[0];
    for (const ch of [before, after]) if (ch && !SEPARATORS.has(ch)) unknown.add(`${c.lang}: ${ch}`);
  }
  expect([...unknown]).toEqual([]);
});

test('a title that is also part of a time ("3" in 13:00) is found where it stands alone, in Amharic and Burmese too', () => {
  const cases = loadCorpus().cases.filter((c) => ['am', 'my'].includes(c.lang) && /\d3:/.test(c.label));
  expect(cases.length).toBeGreaterThan(0);
  for (const c of cases) {
    const label = c.label.replace(c.summary, '3');
    const parsed = parseGoogleLabel(label, { lang: c.lang, locale: localeFor(c.lang).table, title: '3' });
    expect([parsed?.startMinutes, parsed?.endMinutes], label).toEqual([c.expected.startMinutes, c.expected.endMinutes]);
  }
});
