import { roundTo } from './numbers';

/** Numbers formatted for people reading at a glance. */

/** "4.5 h", "0 h", "12 h" — one decimal, no trailing ".0". */
export function formatHours(hours: number | null | undefined): string {
  if (hours === null || hours === undefined || Number.isNaN(hours)) return '—';
  const rounded = roundTo(hours, 1);
  return `${Number.isInteger(rounded) ? rounded.toFixed(0) : rounded.toFixed(1)} h`;
}

/** "45 min", "1 h 30 min", "2 h". */
export function formatMinutes(minutes: number): string {
  const m = Math.round(minutes);
  if (m < 60) return `${m} min`;
  const h = Math.floor(m / 60);
  const rest = m % 60;
  return rest === 0 ? `${h} h` : `${h} h ${rest} min`;
}

export function formatPercent(fraction: number | null | undefined): string {
  if (fraction === null || fraction === undefined || Number.isNaN(fraction)) return '—';
  return `${Math.round(fraction * 100)}%`;
}

/**
 * One formatter per locale and style: making an Intl.DateTimeFormat costs far more than using one, and a coach's
 * page formats a date for each of hundreds of leaders.
 */
const formatters = new Map<string, Intl.DateTimeFormat>();
export function dateFormat(locale: string | undefined, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale ?? ''}|${JSON.stringify(options)}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, options);
    formatters.set(key, f);
  }
  return f;
}

/** "Mon 23 Nov" style in the reader's locale. */
export function formatDay(ms: number, locale?: string): string {
  return dateFormat(locale, { weekday: 'short', day: 'numeric', month: 'short' }).format(ms);
}

export function formatTime(ms: number, locale?: string): string {
  return dateFormat(locale, { hour: 'numeric', minute: '2-digit' }).format(ms);
}

export function formatWeekRange(start: number, endExclusive: number, locale?: string): string {
  const f = dateFormat(locale, { day: 'numeric', month: 'short' });
  const y = dateFormat(locale, { year: 'numeric' });
  return `${f.format(start)} – ${f.format(endExclusive - 1)} ${y.format(endExclusive - 1)}`;
}
