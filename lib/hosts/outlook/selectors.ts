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
  /** The left pane (its id has held since 2022; its inner roles changed: research/outlook-calendars.md §3). */
  leftPane: '#leftPaneContainer',
  /** A calendar row of the pane: an option, checkbox or toggle button that says whether it is shown. */
  calendarRow:
    '[role="option"][aria-selected], [role="checkbox"][aria-checked], [role="menuitemcheckbox"][aria-checked], button[aria-pressed]',
  /** The timed grid of one calendar: `calendar-view-0`, and in Split view one section per calendar (a hypothesis). */
  timedSection: '[data-app-section^="calendar-view-"]:not([data-app-section^="calendar-view-header-"])',
} as const;
