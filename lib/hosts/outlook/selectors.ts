/**
 * Outlook on the web selectors (research/calendar-dom.md §2; calendar-privacy-blur's live work-week
 * capture, ics_tx month/seven-day tests). Hashed Griffel classes are never used.
 */
export const outlookSelectors = {
  /** The event wrapper: its attribute is the Exchange item id. Read it from the wrapper, not the button. */
  item: '[data-calitemid]',
  /** The labelled child that carries aria-label and the two/three-line title tooltip. */
  itemButton: '[role="button"]',
  /** All-day events sit in the header section of day/work-week/week views. */
  allDayHeader: '[data-app-section^="calendar-view-header-"]',
  /** Column dates of day/work-week/week views (not the previous/next buttons, which name other weeks). */
  columnDate: '[data-app-section^="calendar-view-header-"] [data-column-date]',
  /** Month view cells: id="monthDayCell_<YYYY-MM-DD>T00:00:00.000<±hh:mm>_<Windows zone>_…". */
  monthCell: '[id^="monthDayCell_"]',
  /** The surface names the view: Surface_Day, Surface_WorkWeek, Surface_Week, Surface_Month. */
  surface: '[data-app-section^="Surface_"]',
} as const;
