/** The time zone every end-to-end browser runs in, so DST and week boundaries are deterministic. */
export const E2E_TZ = 'America/New_York';

/** Monday of the current week (plus `offsetWeeks`) in that zone, as YYYY-MM-DD. */
export function mondayOf(offsetWeeks = 0, timeZone = E2E_TZ): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit', weekday: 'short' })
      .formatToParts(new Date())
      .map((p) => [p.type, p.value]),
  );
  const back = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'].indexOf(parts.weekday!);
  return new Date(Date.UTC(Number(parts.year), Number(parts.month) - 1, Number(parts.day) - back + offsetWeeks * 7))
    .toISOString()
    .slice(0, 10);
}

/** Today's weekday in that zone (0 = Sunday). */
export function weekdayNow(timeZone = E2E_TZ): number {
  return ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'].indexOf(
    new Intl.DateTimeFormat('en-US', { timeZone, weekday: 'short' }).format(new Date()),
  );
}
