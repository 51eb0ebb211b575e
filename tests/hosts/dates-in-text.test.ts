import { expect, test } from 'vitest';
import {
  findDates,
  monthNames,
  normalizeDigits,
  normalizeSpaces,
  registerMonthNames,
} from '../../lib/hosts/dates-in-text';

const d = (year: number, month: number, day: number) => ({ year, month, day });

test('native digits of every script the calendar writes become ASCII; other characters stay', () => {
  expect(normalizeDigits('٠١٢٣٤٥٦٧٨٩ ۰۹ ०९ ০৯ ၀၉ ０９ x')).toBe('0123456789 09 09 09 09 09 x');
  expect(normalizeSpaces('9\u202fam\u00a0to\u2009x\u200by')).toBe('9 am to x y');
});

test('English month names, full and short, in either order of day and month; the year nearest after', () => {
  expect(findDates('June 9, 2024', 'en')).toEqual([d(2024, 6, 9)]);
  expect(findDates('9 Sept 2024 – 12 Oct 2024', 'en')).toEqual([d(2024, 9, 9), d(2024, 10, 12)]);
  // A range that shares its month and year: each day to the nearest month, the year after it.
  expect(findDates('Dec 30 – 31, 2026 and January 2, 2027', 'en')).toEqual([
    d(2026, 12, 30),
    d(2026, 12, 31),
    d(2027, 1, 2),
  ]);
  // Without a year after a day, the last year written.
  expect(findDates('2025 – June 9', 'en')).toEqual([d(2025, 6, 9)]);
});

test('no digits, no month, no day or no year: no dates; a date no calendar shows is not one', () => {
  expect(findDates('June', 'en')).toEqual([]);
  expect(findDates('9, 2024', 'en')).toEqual([]);
  expect(findDates('June 2024', 'en')).toEqual([]);
  expect(findDates('June 9', 'en')).toEqual([]);
  expect(findDates('June 0, 2024 and June 32, 2024', 'en')).toEqual([]);
  expect(findDates('November 31, 2026', 'en')).toEqual([]);
  expect(findDates('February 29, 2028', 'en')).toEqual([d(2028, 2, 29)]);
  expect(findDates('February 29, 2026', 'en')).toEqual([]);
  // The first and last days of the year are dates.
  expect(findDates('January 1, 2027', 'en')).toEqual([d(2027, 1, 1)]);
  expect(findDates('December 31, 2026', 'en')).toEqual([d(2026, 12, 31)]);
  expect(findDates('2026年12月1日', 'zh_CN')).toEqual([d(2026, 12, 1)]);
});

test('CJK dates written with numbers only, real ones only', () => {
  expect(findDates('2024年6月9日 – 2024年 6 月 10 日', 'zh_CN')).toEqual([d(2024, 6, 9), d(2024, 6, 10)]);
  expect(findDates('2024년 6월 9일', 'ko')).toEqual([d(2024, 6, 9)]);
  expect(findDates('2024年13月1日', 'zh_CN')).toEqual([]);
});

test('a month name holding a number is the month, not a day; times are not days', () => {
  registerMonthNames('x-test', [['tháng 6', 6]]);
  expect(findDates('9 tháng 6, 2024', 'x-test')).toEqual([d(2024, 6, 9)]);
  expect(findDates('10:30, June 9, 2024', 'en')).toEqual([d(2024, 6, 9)]);
});

test('a language’s names are added to English, longest first; registering again replaces them, also in dates', () => {
  registerMonthNames('x-swap', [['junio', 6]]);
  expect(findDates('9 junio 2024', 'x-swap')).toEqual([d(2024, 6, 9)]);
  const names = monthNames('x-swap').map((n) => n.name);
  expect(names).toContain('junio');
  expect(names).toContain('september');
  expect(names.map((n) => n.length)).toEqual([...names.map((n) => n.length)].sort((a, b) => b - a));
  registerMonthNames('x-swap', [['juin', 6]]);
  expect(findDates('9 junio 2024', 'x-swap')).toEqual([]);
  expect(findDates('9 juin 2024', 'x-swap')).toEqual([d(2024, 6, 9)]);
});

test('month names bent by a prefix or an ending are found with the forms given', () => {
  registerMonthNames('x-forms', [['juni', 6]]);
  expect(findDates('9 bjuni 2024', 'x-forms')).toEqual([]);
  expect(findDates('9 bjuni 2024', 'x-forms', { prefixes: ['b'] })).toEqual([d(2024, 6, 9)]);
  expect(findDates('9 junien 2024', 'x-forms', { suffixLetters: 2 })).toEqual([d(2024, 6, 9)]);
  expect(findDates('9 junienne 2024', 'x-forms', { suffixLetters: 2 })).toEqual([]);
});
