import type { Response } from '../../domain/events/event';
import type { MonthForms } from '../dates-in-text';

/**
 * What differs between Google Calendar's languages in the screen-reader label of an event chip
 * (research/calendar-dom.md §1.4). The am/pm words are Google's own, as they appear in the real
 * 73-language label corpus (tests/fixtures/google-calendar-labels), and differ from the browser's Intl
 * data in places (el "πμ", fa "قب", he "לפ."). Everything else — digits, month names, date order,
 * separators — is handled generically, so a language is one entry here.
 */
export interface GoogleLocale {
  /** am/pm markers as 12-hour labels write them, before or after the time (matched case-insensitively). */
  am: readonly string[];
  pm: readonly string[];
  /** Words for "o'clock" that may sit between the hour and the marker (mn "1 ц ү.х.", zh "下午1点", lo "1 ໂມງຫຼັງທ່ຽງ"). */
  hourWords?: readonly string[];
  /** The marker comes before the number (si "ප.ව. 10.15", zh "下午1点"): a marker after a number belongs to the next time. */
  markerFirst?: boolean;
  /** Accept only unambiguous times (see FALLBACK_LOCALE). */
  strict?: boolean;
  /** How month names are bent inside dates (see MonthForms). */
  monthForms?: MonthForms;
  /** The all-day marker that starts the label, where seen on real pages. Other languages use the all-day row. */
  allDay?: readonly string[];
  /** RSVP words the label carries (only where seen on real pages). */
  responses?: Partial<Record<Response, readonly string[]>>;
}

const AMPM: GoogleLocale = { am: ['am'], pm: ['pm'] };
const ENGLISH: GoogleLocale = {
  ...AMPM,
  allDay: ['All day'],
  responses: {
    declined: ['Declined'],
    'needs-action': ['Needs RSVP'],
    tentative: ['Tentative', 'Maybe'],
    accepted: ['Accepted'],
  },
};

export const GOOGLE_LOCALES: Record<string, GoogleLocale> = {
  en: ENGLISH,
  en_GB: ENGLISH,
  af: { am: ['vm.'], pm: ['nm.'] },
  am: { am: ['ጥዋት'], pm: ['ከሰዓት'] },
  ar: { am: ['ص'], pm: ['م'] },
  az: AMPM,
  be: AMPM,
  bg: AMPM,
  bn: AMPM,
  ca: AMPM,
  cs: AMPM,
  cy: { am: ['yb'], pm: ['yh'] },
  da: AMPM,
  de: AMPM,
  el: { am: ['πμ', 'π.μ.'], pm: ['μμ', 'μ.μ.'] },
  es: AMPM,
  es_419: { am: ['am', 'a.m.', 'a. m.'], pm: ['pm', 'p.m.', 'p. m.'] },
  eu: { ...AMPM, monthForms: { suffixLetters: 3 } },
  fa: { am: ['قب', 'ق.ظ.'], pm: ['بع', 'ب.ظ.'] },
  fi: { am: ['ap', 'ap.'], pm: ['ip', 'ip.'] },
  fil: AMPM,
  fr: AMPM,
  fr_CA: AMPM,
  gl: { am: ['a.m.'], pm: ['p.m.'] },
  gu: AMPM,
  hi: AMPM,
  hr: AMPM,
  hu: AMPM,
  hy: AMPM,
  id: AMPM,
  is: { am: ['f.h.'], pm: ['e.h.'] },
  it: AMPM,
  iw: { am: ['לפ.', 'לפנה״צ'], pm: ['אח.', 'אחה״צ'], monthForms: { prefixes: ['ב', 'ל', 'מ'] } },
  ja: { am: ['午前'], pm: ['午後'], hourWords: ['時'], markerFirst: true },
  ka: AMPM,
  kk: AMPM,
  km: AMPM,
  kn: { am: ['ಪೂರ್ವಾಹ್ನ'], pm: ['ಅಪರಾಹ್ನ'] },
  ko: { am: ['오전'], pm: ['오후'], hourWords: ['시'], markerFirst: true },
  lo: { am: ['ກ່ອນທ່ຽງ'], pm: ['ຫຼັງທ່ຽງ'], hourWords: ['ໂມງ'] },
  lt: AMPM,
  lv: AMPM,
  ml: AMPM,
  mn: { am: ['ү.ө.'], pm: ['ү.х.'], hourWords: ['ц'], monthForms: { suffixLetters: 2 } },
  mr: AMPM,
  ms: { am: ['PG'], pm: ['PTG'] },
  my: { am: ['နံနက်'], pm: ['ညနေ', 'မွန်းလွဲ', 'ည'], markerFirst: true },
  ne: { am: ['पूर्वाह्न'], pm: ['अपराह्न'] },
  nl: AMPM,
  no: AMPM,
  pa: { am: ['ਪੂ.ਦੁ.'], pm: ['ਬਾ.ਦੁ.'] },
  pl: AMPM,
  pt_BR: AMPM,
  pt_PT: AMPM,
  ro: AMPM,
  ru: AMPM,
  si: { am: ['පෙ.ව.'], pm: ['ප.ව.'], markerFirst: true },
  sk: AMPM,
  sl: AMPM,
  sr: AMPM,
  sv: AMPM,
  sw: AMPM,
  ta: AMPM,
  te: AMPM,
  th: AMPM,
  tr: AMPM,
  uk: { am: ['дп'], pm: ['пп'] },
  ur: AMPM,
  vi: AMPM,
  zh_CN: { am: ['上午'], pm: ['下午'], markerFirst: true, hourWords: ['点', '時', '點'] },
  zh_HK: { am: ['上午'], pm: ['下午'], markerFirst: true, hourWords: ['時', '点', '點'] },
  zh_TW: { am: ['上午'], pm: ['下午'], markerFirst: true, hourWords: ['點', '時', '点'] },
  zu: AMPM,
};

/**
 * For a language we have no table for: every marker Google uses in any language. The parser then only
 * accepts times that are unambiguous (a known marker, or a 24-hour time such as 09:00 or 14:30), so an
 * unknown format reads as "can't read this view yet", never as a wrong time.
 */
export const FALLBACK_LOCALE: GoogleLocale = {
  am: [...new Set(Object.values(GOOGLE_LOCALES).flatMap((l) => l.am))],
  pm: [...new Set(Object.values(GOOGLE_LOCALES).flatMap((l) => l.pm))],
  hourWords: [...new Set(Object.values(GOOGLE_LOCALES).flatMap((l) => l.hourWords ?? []))],
  strict: true,
};

/** `<html lang>` values that differ from Google's bundle codes. */
const ALIASES: Record<string, string> = {
  he: 'iw',
  nb: 'no',
  nn: 'no',
  tl: 'fil',
  zh: 'zh_CN',
  zh_Hans: 'zh_CN',
  zh_Hant: 'zh_TW',
  pt: 'pt_BR',
  fr_FR: 'fr',
  en_US: 'en',
};

/** Picks the table from `<html lang>` ("en-GB" → en_GB, "es-MX" → es_419, "he" → iw); the strict fallback when unknown. */
export function localeFor(lang: string | null | undefined): { code: string; table: GoogleLocale } {
  return knownLocale(lang) ?? { code: 'fallback', table: FALLBACK_LOCALE };
}

export function knownLocale(lang: string | null | undefined): { code: string; table: GoogleLocale } | null {
  const normalized = (lang ?? '').trim().replace(/-/g, '_');
  const [base = '', region = ''] = normalized.split('_');
  const candidates = [
    normalized,
    `${base.toLowerCase()}_${region.toUpperCase()}`,
    ALIASES[normalized] ?? '',
    ALIASES[base] ?? '',
    base.toLowerCase(),
  ];
  if (base.toLowerCase() === 'es' && region && region.toUpperCase() !== 'ES') candidates.splice(2, 0, 'es_419');
  if (base.toLowerCase() === 'zh' && /^(HK|MO)$/i.test(region)) candidates.splice(2, 0, 'zh_HK');
  if (base.toLowerCase() === 'zh' && /^(TW|HANT)$/i.test(region)) candidates.splice(2, 0, 'zh_TW');
  for (const code of candidates) {
    const table = code ? GOOGLE_LOCALES[code] : undefined;
    if (table) return { code, table };
  }
  return null;
}
