import { monthTableFor } from '../domain/time/month-tables';
import { interpretGoogleLabels } from '../hosts/google/interpret';
import { EventsSeenSchema, type MessageOf, type ReadOutcome } from '../messages/schemas';
import { describeZodError } from '../zod';

type EventsSeen = MessageOf<'events-seen'>;

/**
 * A page's read with its Google texts read into events, here in the worker rather than on the calendar page
 * (issue #32). What the worker reads passes the same schema as what a page sends, so a label the parser turned into
 * something out of bounds is refused with the reason, and nothing is stored from it.
 */
export function readLabels(message: EventsSeen): { seen: EventsSeen; outcome: ReadOutcome } {
  // Outlook's page parses its own labels: its read is as it came (the page knows which chips it could not read).
  if (!message.labels) return { seen: message, outcome: { ...counts(message), read: message.events.length } };
  const interpreted = interpretGoogleLabels(message.labels, monthTableFor);
  const { labels: _texts, ...rest } = message;
  const parsed = EventsSeenSchema.safeParse({
    ...rest,
    elements: interpreted.elements,
    failures: interpreted.failures,
    complete: interpreted.failures === 0 && message.range !== null,
    events: interpreted.events,
    // The calendars and their names come from the labels (a Google page sends none of its own).
    calendars: interpreted.calendars,
  });
  if (!parsed.success)
    throw new Error(`The calendar page's events could not be read: ${describeZodError(parsed.error)}`);
  return {
    seen: parsed.data,
    outcome: {
      ...counts(parsed.data),
      unread: interpreted.unread,
      read: parsed.data.events.length,
      languageKnown: interpreted.languageKnown,
    },
  };
}

const counts = (m: EventsSeen) => ({ elements: m.elements, failures: m.failures });
