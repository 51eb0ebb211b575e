import { useMemo } from 'react';
import {
  type Account,
  type CalendarInfo,
  calendarGroupOf,
  calendarsOnScreen,
  type CalendarGroup,
  type CalendarOnScreen,
} from '../domain/events/calendars';
import { calendarsOf, isUnmatched, unmatchedColour } from '../domain/events/calendar-ids';
import type { CalendarEvent } from '../domain/events/event';
import { countingSentence } from '../domain/measure/explain';
import type { Settings } from '../domain/settings/settings';
import type { WeekView } from '../store/queries';

export interface WhoseTime {
  /** This week's calendars, the leader's first, with names and event counts. */
  onScreen: CalendarOnScreen[];
  /** What the glance says about whose time it counts (null: nothing to say). */
  counting: string | null;
  /** Outlook events matched to no calendar whose colour the leader has not answered for, a line per colour. */
  unmatched: { id: string; colour: string | null; events: number }[];
  groupOf: (event: CalendarEvent) => CalendarGroup;
}

/** The side panel's view of whose time the week counts, from the week, the calendar directory and the settings. */
export function useWhoseTime(
  week: WeekView | undefined,
  calendars: { directory: Map<string, CalendarInfo>; account: Account | null } | undefined,
  settings: Settings | undefined,
): WhoseTime {
  return useMemo(() => {
    if (!week || !calendars || !settings)
      return { onScreen: [], counting: null, unmatched: [], groupOf: () => ({ key: 'mine', label: '', rank: 0 }) };
    const live = week.events.filter((e) => e.removedAt === null && !e.duplicateOf);
    const onScreen = calendarsOnScreen(live, calendars.directory, week.scope, settings.calendars, calendars.account);
    const range = week.summary.range;
    const inWeek = live.filter((e) => e.start < range.end && e.end > range.start);
    const unplaced = inWeek.filter((e) => e.source === 'outlook' && !e.calendarId).length;
    const answered = settings.calendars.unmatched ?? {};
    const unanswered = new Map<string, number>();
    for (const e of inWeek) {
      const id = calendarsOf(e).find((c) => isUnmatched(c) && !(c.toLowerCase() in answered));
      if (id) unanswered.set(id.toLowerCase(), (unanswered.get(id.toLowerCase()) ?? 0) + 1);
    }
    return {
      onScreen,
      unmatched: [...unanswered].map(([id, events]) => ({ id, colour: unmatchedColour(id), events })),
      counting: countingSentence(onScreen, week.scope.how, unplaced),
      groupOf: (event: CalendarEvent) => calendarGroupOf(event, week.scope, onScreen),
    };
  }, [week, calendars, settings]);
}
