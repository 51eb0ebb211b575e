import { expect, test } from 'vitest';
import { MONTH_TABLE_CODES, MONTH_TABLES_SOURCE, monthTableFor } from '../../../lib/domain/time/month-tables';
import { GOOGLE_LOCALES } from '../../../lib/hosts/google/locales';
import { googleMonthTable } from '../../../scripts/month-table';

test('every Google language has a month table, with all twelve months', () => {
  expect(MONTH_TABLE_CODES.sort()).toEqual(Object.keys(GOOGLE_LOCALES).sort());
  // Japanese writes months as numbers only (6月), read by the numeric date pattern: its table is empty.
  expect(monthTableFor('ja')).toEqual([]);
  for (const code of MONTH_TABLE_CODES.filter((c) => c !== 'ja')) {
    const months = new Set(monthTableFor(code)!.map(([, m]) => m));
    expect(months.size, code).toBe(12);
  }
});

test('the committed tables are what the pinned ICU data gives (run `npm run month-tables` after an ICU change)', () => {
  const icu = /ICU ([\d.]+)/.exec(MONTH_TABLES_SOURCE)![1];
  if (process.versions.icu !== icu) {
    console.warn(`Month tables were made with ICU ${icu}; this Node has ${process.versions.icu}: not compared.`);
    return;
  }
  for (const code of MONTH_TABLE_CODES) expect(monthTableFor(code), code).toEqual(googleMonthTable(code));
});

test('the genitive forms dates use are there (ru "июня"), not only the standalone names', () => {
  expect(monthTableFor('ru')).toContainEqual(['июня', 6]);
  expect(monthTableFor('be')).toContainEqual(['чэрвеня', 6]);
});
