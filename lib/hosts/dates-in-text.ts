import type { WallDate } from './wall-time';
import { escapeRegExp } from '../domain/time/text';

/** Native digits (Devanagari, Bengali, Burmese, Arabic-Indic, Persian, full-width) → ASCII. */
export function normalizeDigits(text: string): string {
  return text.replace(/[\u0966-\u096f\u09e6-\u09ef\u1040-\u1049\u0660-\u0669\u06f0-\u06f9\uff10-\uff19]/g, (ch) => {
    const code = ch.charCodeAt(0);
    for (const zero of [0x0966, 0x09e6, 0x1040, 0x0660, 0x06f0, 0xff10])
      if (code >= zero && code <= zero + 9) return String(code - zero);
    return ch;
  });
}

/** Non-breaking and narrow spaces (Intl and Google use U+202F before am/pm) → plain spaces. */
export function normalizeSpaces(text: string): string {
  return text.replace(/[\u00a0\u202f\u2009\u200b]/g, ' ');
}

const monthRegexCache = new Map<string, { re: RegExp; byName: Map<string, number> }>();

/** English month names, always known (Outlook's labels and the fallback for any language). */
const ENGLISH_MONTHS: readonly [string, number][] = [
  ['january', 1],
  ['february', 2],
  ['march', 3],
  ['april', 4],
  ['may', 5],
  ['june', 6],
  ['july', 7],
  ['august', 8],
  ['september', 9],
  ['october', 10],
  ['november', 11],
  ['december', 12],
  ['jan', 1],
  ['feb', 2],
  ['mar', 3],
  ['apr', 4],
  ['jun', 6],
  ['jul', 7],
  ['aug', 8],
  ['sep', 9],
  ['sept', 9],
  ['oct', 10],
  ['nov', 11],
  ['dec', 12],
];

/**
 * Month names by language, given to the parser as data (never read from the browser's Intl at run
 * time: Chromium ships reduced ICU data without month names for some languages). The content script
 * registers the page's language, asked of the background; tests register the generated tables.
 */
const monthTables = new Map<string, readonly [string, number][]>();

export function registerMonthNames(lang: string, table: readonly [string, number][]): void {
  monthTables.set(lang, table);
  for (const key of monthRegexCache.keys()) if (key.startsWith(`${lang}|`)) monthRegexCache.delete(key);
}

/** The month names known for a language (its table, if registered, plus English), longest first. */
export function monthNames(lang: string): { name: string; month: number }[] {
  const found = new Map<string, number>(ENGLISH_MONTHS);
  for (const [name, month] of monthTables.get(lang) ?? []) found.set(name, month);
  return [...found].map(([name, month]) => ({ name, month })).sort((a, b) => b.name.length - a.name.length);
}

export const hasMonthNames = (lang: string) => monthTables.has(lang);

/** A page in English (`en`, `en-GB`, `en_US`): its labels, palette names and month names need no table. */
export const isEnglish = (lang: string) => /^en(-|_|$)/i.test(lang);

/**
 * Finds calendar dates written with a month name ("June 9, 2024", "9. Juni 2024", "10 de junio de 2024",
 * "March 10 – 11, 2026"), in any order of day, month and year. Returns them in text order; a range
 * that shares one month ("March 10 – 11") gives two dates.
 */
/** How a language bends month names in a date: a prefix glued on (he "ביוני") or an inflected ending (eu "ekainaren", mn "сарын"). */
export interface MonthForms {
  prefixes?: readonly string[];
  /** Extra letters a month name may carry at its end. */
  suffixLetters?: number;
}

function monthMatcher(lang: string, forms: MonthForms = {}): { re: RegExp; byName: Map<string, number> } {
  const key = `${lang}|${forms.prefixes?.join('') ?? ''}|${forms.suffixLetters ?? 0}`;
  let m = monthRegexCache.get(key);
  if (!m) {
    const names = monthNames(lang);
    const prefix = forms.prefixes?.length ? `(?:${forms.prefixes.map(escapeRegExp).join('|')})?` : '';
    const suffix = forms.suffixLetters ? `\\p{L}{0,${forms.suffixLetters}}` : '';
    m = {
      re: new RegExp(
        `(?<![\\p{L}])${prefix}(${names.map((n) => escapeRegExp(n.name)).join('|')})${suffix}(?![\\p{L}])`,
        'gu',
      ),
      byName: new Map(names.map((n) => [n.name, n.month])),
    };
    monthRegexCache.set(key, m);
  }
  return m;
}

/** A date a calendar can show: "November 31" or "2024年13月1日" is text that looks like a date, not a date. */
const isRealDate = (d: WallDate) =>
  d.month >= 1 && d.month <= 12 && d.day >= 1 && d.day <= new Date(Date.UTC(d.year, d.month, 0)).getUTCDate();

export function findDates(text: string, lang: string, forms: MonthForms = {}): WallDate[] {
  const lower = normalizeDigits(normalizeSpaces(text)).toLowerCase();
  if (!/\d/.test(lower)) return [];
  // Chinese, Japanese and Korean write dates with numbers only: 2024年6月9日, 2024년 6월 9일.
  const cjk = [...lower.matchAll(/(\d{4})\s*[年년]\s*(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일]/g)];
  if (cjk.length)
    return cjk.map((m) => ({ year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) })).filter(isRealDate);
  const { re: monthRe, byName } = monthMatcher(lang, forms);
  type Tok = { kind: 'month' | 'day' | 'year'; value: number; at: number };
  const tokens: Tok[] = [];
  const monthSpans: [number, number][] = [];
  for (const m of lower.matchAll(monthRe)) {
    tokens.push({ kind: 'month', value: byName.get(m[1]!)!, at: m.index! });
    monthSpans.push([m.index!, m.index! + m[0].length]);
  }
  for (const m of lower.matchAll(/(?<![\d:.])(\d{1,4})(?![\d:]|\.\d)/g)) {
    // A number inside a month name ("tháng 6", "6月") is the month, not a day.
    if (monthSpans.some(([a, b]) => m.index! >= a && m.index! < b)) continue;
    const n = Number(m[1]);
    if (m[1]!.length === 4) tokens.push({ kind: 'year', value: n, at: m.index! });
    else if (n >= 1 && n <= 31) tokens.push({ kind: 'day', value: n, at: m.index! });
  }
  tokens.sort((a, b) => a.at - b.at);
  const months = tokens.filter((t) => t.kind === 'month');
  const days = tokens.filter((t) => t.kind === 'day');
  const years = tokens.filter((t) => t.kind === 'year');
  if (months.length === 0 || days.length === 0) return [];
  const yearNear = (at: number) => (years.find((y) => y.at > at) ?? years[years.length - 1])?.value;
  // Each day number belongs to the nearest month name.
  const dates: WallDate[] = [];
  for (const day of days) {
    const month = months.reduce((best, m) => (Math.abs(m.at - day.at) < Math.abs(best.at - day.at) ? m : best));
    const year = yearNear(day.at);
    if (year === undefined) continue;
    const date = { year, month: month.value, day: day.value };
    if (isRealDate(date)) dates.push(date);
  }
  return dates;
}
