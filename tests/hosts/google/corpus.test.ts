import { expect, test } from 'vitest';
import { localeFor } from '../../../lib/hosts/google/locales';
import { parseGoogleLabel } from '../../../lib/hosts/google/parse-label';
import { loadCorpus, type CorpusCase } from './corpus';

const iso = (d?: { year: number; month: number; day: number }) => (d ? `${d.year}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}` : undefined);

function exact(c: CorpusCase): boolean {
  const locale = localeFor(c.lang);
  if (!locale) return false;
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
const MUST_BE_EXACT = ['en', 'en_GB', 'de', 'es', 'es_419'];

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
      if (MUST_BE_EXACT.includes(lang)) for (const c of mine.filter((c) => !exact(c))) failures.push(`${lang} ${format}: ${c.label}`);
      return ok.length;
    });
    rows.push(`${lang.padEnd(7)} 24h ${String(counts[0]).padStart(2)}/18  12h ${String(counts[1]).padStart(2)}/18`);
  }
  console.log(`Google label corpus, exact reads per language:\n${rows.join('\n')}\noverall ${total}/${cases.length} (${((100 * total) / cases.length).toFixed(1)}%)`);
  expect(failures).toEqual([]);
});

test('a language without a table is not guessed at', () => {
  expect(localeFor('xx')).toBeNull();
});
