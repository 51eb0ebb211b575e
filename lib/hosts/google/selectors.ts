/**
 * Google Calendar selectors, as named data (research/calendar-dom.md §1, checked 2026-11 against the
 * 2019 and 2026 markup it quotes). Stable attributes only: class names rotate (`ynRLnc` → `XuJrye`,
 * `.NlL62b` stopped matching in 2025) and aria-label *values* are translated.
 */
export const googleSelectors = {
  /** Every event chip (timed chips, stacked all-day/month chips, schedule rows). The resize handle repeats
   *  `data-eventid` without `data-eventchip`, so it is not matched. Seen 2019–2026. */
  eventChip: '[data-eventchip][data-eventid]',
  /** Nearest ancestor carrying the encoded date: day/week columns, month cells, schedule row groups. */
  dateKeyAncestor: '[data-datekey]',
  /** The grid element with the displayed range (day, week, custom, month, schedule). */
  visibleRange: '[data-start-date-key][data-end-date-key]',
  /** Day columns of day/week/custom views; all-day row cells have no data-column-index. */
  dayColumn: '[role="gridcell"][data-column-index][data-datekey]',
  /** Schedule (agenda) view day groups. */
  scheduleDay: '[role="rowgroup"][data-datekey]',
  /** The inner button that carries an aria-label in schedule view and stacked chips. */
  labelledButton: '[role="button"][aria-label]',
  /** The visible (aria-hidden) title text inside a chip. */
  visibleTitle: '[aria-hidden="true"] span, span[aria-hidden="true"]',
  /** The account button of Google's bar: its href is stable, its label ("Google Account: Name (email)") is
   *  translated, so only the address in parentheses and the name before it are read (research 2026 §2). */
  accountButton: 'a[href^="https://accounts.google.com/SignOutOptions"][aria-label]',
  /** The display time zone label ("GMT-05"); Calendly reads this id, the text is a fallback. */
  timezone: '#xTimezone',
  timezoneTextXPath:
    "//*[@role='main']//div[starts-with(normalize-space(text()), 'GMT')][string-length(normalize-space(text())) <= 9]",
} as const;
