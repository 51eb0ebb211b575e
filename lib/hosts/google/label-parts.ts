import { escapeRegExp } from '../../domain/time/text';

/**
 * The words that name two parts of Google Calendar's event label, per page language, as the real
 * 73-language corpus writes them (tests/fixtures/google-calendar-labels; tests/hosts/google/label-parts.test.ts
 * checks this table against it): `[calendar, colour]`, e.g. "Calendar: Critical" and "Color: Graphite" in
 * English. Google adds the calendar part only for a calendar other than the account's own, and the colour
 * part only when the event has a colour of its own (research/calendar-dom.md §1.4). Kazakh writes the colour
 * without a word before it, so it has none here.
 */
export const LABEL_PARTS: Record<string, readonly [calendar: string, color: string | null]> = {
  af: ['Kalendar', 'Kleur'],
  az: ['Təqvim', 'Rəng'],
  id: ['Kalender', 'Warna'],
  ca: ['Calendari', 'color'],
  cy: ['Calendr', 'Color'],
  da: ['Kalender', 'farve'],
  de: ['Kalender', 'Farbe'],
  en_GB: ['Calendar', 'Colour'],
  en: ['Calendar', 'Color'],
  es: ['Calendario', 'color'],
  es_419: ['Calendario', 'color'],
  eu: ['Egutegia', 'Kolorea'],
  fil: ['Kalendaryo', 'Kulay'],
  fr: ['Agenda', 'Couleur'],
  fr_CA: ['Agenda', 'Couleur'],
  gl: ['Calendario', 'cor'],
  hr: ['Kalendar', 'boja'],
  zu: ['Ikhalenda', 'Umbala'],
  it: ['Calendario', 'colore'],
  sw: ['Kalenda', 'Rangi'],
  lv: ['Kalendārs', 'krāsa'],
  lt: ['Kalendorius', 'Spalva'],
  hu: ['Naptár', 'szín'],
  ms: ['Kalendar', 'Warna'],
  nl: ['Agenda', 'kleur'],
  no: ['Kalender', 'farge'],
  pl: ['Kalendarz', 'kolor'],
  pt_BR: ['Agenda', 'cor'],
  pt_PT: ['Calendário', 'Cor'],
  ro: ['Calendar', 'Culoare'],
  sk: ['Kalendár', 'farba'],
  sl: ['Koledar', 'barva'],
  fi: ['Kalenteri', 'Väri'],
  sv: ['Kalender', 'färg'],
  vi: ['Lịch', 'Màu'],
  tr: ['Takvim', 'Renk'],
  is: ['Dagatal', 'litur'],
  cs: ['Kalendář', 'barva'],
  el: ['Ημερολόγιο', 'χρώμα'],
  be: ['Каляндар', 'колер'],
  bg: ['Календар', 'Цвят'],
  mn: ['Календарь', 'Өнгө'],
  ru: ['Календарь', 'цвет'],
  sr: ['Календар', 'Боја'],
  uk: ['Календар', 'колір'],
  kk: ['Күнтізбе', null],
  hy: ['Օրացույց', 'գույնը'],
  iw: ['יומן', 'צבע'],
  ar: ['التقويم', 'اللون'],
  ur: ['کیلنڈر', 'رنگ'],
  fa: ['تقویم', 'رنگ'],
  ne: ['पात्रो', 'रङ'],
  mr: ['कॅलेंडर', 'रंग'],
  hi: ['कैलेंडर', 'रंग'],
  bn: ['ক্যালেন্ডার', 'রঙ'],
  pa: ['ਕੈਲੰਡਰ', 'ਰੰਗ'],
  gu: ['કૅલેન્ડર', 'રંગ'],
  ta: ['கேலெண்டர்', 'வண்ணம்'],
  te: ['క్యాలెండర్', 'రంగు'],
  kn: ['ಕ್ಯಾಲೆಂಡರ್', 'ಬಣ್ಣ'],
  ml: ['കലണ്ടർ', 'നിറം'],
  si: ['දින දර්ශනය', 'වර්ණය'],
  th: ['ปฏิทิน', 'สี'],
  lo: ['ປະຕິທິນ', 'ສີ'],
  my: ['ပြက္ခဒိန်', 'အရောင်'],
  ka: ['კალენდარი', 'ფერი'],
  am: ['ቀን መቁጠሪያ', 'Color'],
  km: ['ប្រតិទិន', 'ពណ៌'],
  zh_HK: ['日曆', '顏色'],
  zh_CN: ['日历', 'Color'],
  zh_TW: ['日曆', '顏色'],
  ja: ['カレンダー', '色'],
  ko: ['캘린더', '색상'],
};

/** The separators between a label's parts, and what may follow a part's word (":", "：", Armenian "՝", …). */
const SEPARATOR = '[,،，、;；፣၊「」]';
const COLON = '[\\s\\u00a0]?[:：՝፦៖-][\\s\\u00a0]*';
const QUOTES = /^[„“"«»「]+|[“”"«»」]+$/g;

const patterns = new Map<string, { calendar: RegExp; color: RegExp | null } | null>();
const partPattern = (word: string) =>
  new RegExp(`(?:^|${SEPARATOR}|\\s)${escapeRegExp(word)}${COLON}([^,،，、;；፣၊「」]+)`, 'iu');

/**
 * The calendar's name and the event's own colour named in the part of a label after the title, in the page's
 * language; either is undefined when the label has no such part (the account's own calendar; the calendar's colour).
 */
export function labelParts(afterTitle: string, lang: string): { calendar?: string; color?: string } {
  let compiled = patterns.get(lang);
  if (compiled === undefined) {
    const words = LABEL_PARTS[lang];
    compiled = words ? { calendar: partPattern(words[0]), color: words[1] ? partPattern(words[1]) : null } : null;
    patterns.set(lang, compiled);
  }
  if (!compiled) return {};
  const found: { calendar?: string; color?: string } = {};
  const calendar = compiled.calendar.exec(afterTitle)?.[1]?.trim().replace(QUOTES, '').trim();
  if (calendar) found.calendar = calendar;
  const color = compiled.color?.exec(afterTitle)?.[1]?.trim();
  if (color) found.color = color;
  return found;
}
