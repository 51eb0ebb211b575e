import { activityLabel, KIND_LABELS, KINDS, type Kind } from '../../lib/domain/events/activities';
import type { CalendarEvent } from '../../lib/domain/events/event';
import type { BlockStatus, Tag } from '../../lib/domain/events/tag';

/** What the tagging list asks of the store. */
export interface TaggingActions {
  tag(eventIds: string[], kind: Kind, activity?: string): Promise<void>;
  tagSeries(eventId: string, kind: Kind, activity: string): Promise<void>;
  alwaysTagLikeThis(event: CalendarEvent, kind: Kind, activity: string): Promise<void>;
  setStatus(eventId: string, status: BlockStatus, displacedBy?: string): Promise<void>;
  /** Confirms every rule suggestion among these events, with an undo. */
  acceptSuggestions(eventIds: readonly string[]): Promise<{ count: number; undo(): Promise<void> }>;
}

/** The row an action is taken on: its event and tag, the selection it applies to, and the time. */
export interface RowContext {
  event: CalendarEvent;
  tag: Tag | undefined;
  /** The events a kind applies to: the selection when this row is in it, else this row. */
  ids: string[];
  now: number;
  /** Another occurrence of this event is stored (same series id or same weekly pattern). */
  inSeries: boolean;
}

/** One thing a person can do to a row, by key or by button: one definition, one message. */
export interface RowAction {
  id: string;
  key: string;
  label: string;
  available(row: RowContext): boolean;
  /** The store call and the sentence that confirms it. */
  perform(row: RowContext, actions: TaggingActions): { work: Promise<void>; done: string };
}

const title = (event: CalendarEvent) => `"${event.title}"`;
const isPastInstructional = (row: RowContext) => row.tag?.kind === 'instructional' && row.event.end <= row.now;

const kindAction = (kind: Kind): RowAction => ({
  id: kind,
  key: kind.charAt(0),
  label: KIND_LABELS[kind],
  available: () => true,
  perform: ({ event, ids }, actions) => ({
    work: actions.tag(ids, kind),
    done: `Tagged ${ids.length === 1 ? title(event) : `${ids.length} events`} ${KIND_LABELS[kind].toLowerCase()}.`,
  }),
});

export const ROW_ACTIONS: readonly RowAction[] = [
  ...KINDS.map(kindAction),
  {
    id: 'series',
    key: 's',
    label: 'Tag the whole series',
    available: ({ tag, inSeries }) => inSeries && !!tag,
    perform: ({ event, tag }, actions) => ({
      work: actions.tagSeries(event.id, tag!.kind, tag!.activity),
      done: `Tagged every ${title(event)} in the series.`,
    }),
  },
  {
    id: 'rule',
    key: 'r',
    label: 'Always tag titles like this',
    available: ({ tag }) => !!tag,
    perform: ({ event, tag }, actions) => ({
      work: actions.alwaysTagLikeThis(event, tag!.kind, tag!.activity),
      done: `New rule: titles like ${title(event)} are ${activityLabel(tag!.activity)}.`,
    }),
  },
  {
    id: 'happened',
    key: 'h',
    label: 'It happened',
    available: isPastInstructional,
    perform: ({ event }, actions) => ({ work: actions.setStatus(event.id, 'happened'), done: 'Marked as happened.' }),
  },
  {
    id: 'displaced',
    key: 'd',
    label: 'It was displaced',
    available: isPastInstructional,
    perform: ({ event }, actions) => ({
      work: actions.setStatus(event.id, 'displaced'),
      done: 'Marked as displaced. Say what displaced it, if you know.',
    }),
  },
];

export const actionForKey = (key: string) => ROW_ACTIONS.find((a) => a.key === key.toLowerCase());
export const rowAction = (id: string) => ROW_ACTIONS.find((a) => a.id === id)!;

/** The keyboard help line, built from the same table. */
export const SHORTCUTS =
  'j / k or ↓ / ↑ move · a: choose activity · x: select · ' +
  ROW_ACTIONS.map((a) => `${a.key}: ${a.label.toLowerCase()}`).join(' · ') +
  ' · Y (shift + y): accept all suggestions';
