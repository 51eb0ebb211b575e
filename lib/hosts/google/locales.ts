import type { Response } from '../../domain/event';

/**
 * What differs between Google Calendar's languages in the screen-reader label of an event chip
 * (research/calendar-dom.md §1.4; shared/data/google-calendar-labels). Everything else — digits,
 * month names, the order of day/month/year — is handled generically, so a language is one entry here.
 */
export interface GoogleLocale {
  /** The all-day marker that starts the label. */
  allDay: readonly string[];
  /** am/pm markers as the 12-hour labels write them (before or after the time). */
  am: readonly string[];
  pm: readonly string[];
  /** RSVP words the label carries (only where seen on real pages). */
  responses?: Partial<Record<Response, readonly string[]>>;
}

export const GOOGLE_LOCALES: Record<string, GoogleLocale> = {
  en: {
    allDay: ['All day'],
    am: ['am'],
    pm: ['pm'],
    responses: { declined: ['Declined'], 'needs-action': ['Needs RSVP'], tentative: ['Tentative', 'Maybe'], accepted: ['Accepted'] },
  },
  en_GB: { allDay: ['All day'], am: ['am'], pm: ['pm'], responses: { declined: ['Declined'], 'needs-action': ['Needs RSVP'], tentative: ['Tentative', 'Maybe'], accepted: ['Accepted'] } },
  de: { allDay: ['Ganztägig'], am: ['AM'], pm: ['PM'] },
  es: { allDay: ['Todo el día'], am: ['am', 'a. m.'], pm: ['pm', 'p. m.'] },
  es_419: { allDay: ['Todo el día'], am: ['am', 'a.m.', 'a. m.'], pm: ['pm', 'p.m.', 'p. m.'] },
};

/** Picks the table from `<html lang>` ("en-GB" → en_GB, "es-MX" → es_419 if known, else es); null when unknown. */
export function localeFor(lang: string | null | undefined): { code: string; table: GoogleLocale } | null {
  const normalized = (lang ?? '').trim().replace('-', '_');
  const candidates = [normalized, normalized.split('_')[0] ?? ''];
  if (/^es_(?!ES)/i.test(normalized)) candidates.splice(1, 0, 'es_419');
  for (const code of candidates) {
    const table = GOOGLE_LOCALES[code];
    if (table) return { code, table };
  }
  return null;
}
