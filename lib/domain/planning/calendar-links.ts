import { activityLabel } from '../events/activities';
import type { HostId } from '../events/hosts';
import type { ProposedBlock } from './find-time';

/** What a link or a VEVENT needs of a block. */
type BlockTime = Pick<ProposedBlock, 'id' | 'activity' | 'start' | 'end'>;

/**
 * The calendar's own "new event" forms, pre-filled: the extension makes no request; the browser opens
 * the calendar's page and the leader saves the event there. And an .ics file for any other calendar.
 */

const TITLE_NAMES: Record<string, string> = {
  walkthrough: 'Walkthrough',
  observation: 'Observation',
  coaching: 'Coaching conversation',
  feedback: 'Feedback conversation',
};
/** Every protected block's title ends with this, so a captured one is recognised (and rules tag it). */
export const PROTECTED_SUFFIX = 'protected time';

export function protectedTitle(activity: string): string {
  return `${TITLE_NAMES[activity] ?? activityLabel(activity)} — ${PROTECTED_SUFFIX}`;
}

/** What the time is for, as the event's details say it. */
const PURPOSE: Record<string, string> = {
  walkthrough: 'classroom walkthroughs',
  observation: 'a classroom observation',
  coaching: 'a coaching conversation',
  feedback: 'a feedback conversation',
  plc: 'your PLC / data team',
};

export function protectedDetails(activity: string): string {
  const what = PURPOSE[activity] ?? activityLabel(activity);
  return (
    `Time you protected for ${what}, from the hours AI gave back this week. ` +
    'Planned with Leadership Calendar; it will ask afterwards whether this block happened.'
  );
}

/** 20261201T140000Z */
export function utcStamp(ms: number): string {
  return new Date(ms).toISOString().replace(/[-:]|\.\d+/g, '');
}

/** Google Calendar's event template: `dates` in UTC, so the leader's calendar zone cannot shift it. */
export function googleCalendarLink(block: BlockTime): string {
  const params = new URLSearchParams({
    action: 'TEMPLATE',
    text: protectedTitle(block.activity),
    dates: `${utcStamp(block.start)}/${utcStamp(block.end)}`,
    details: protectedDetails(block.activity),
  });
  return `https://calendar.google.com/calendar/render?${params.toString()}`;
}

/** Outlook on the web's compose deep link, on the Outlook host the leader uses. */
export function outlookLink(block: BlockTime, hostname: string): string {
  const iso = (ms: number) => new Date(ms).toISOString().replace(/\.\d+Z$/, 'Z');
  const params = new URLSearchParams({
    path: '/calendar/action/compose',
    rru: 'addevent',
    subject: protectedTitle(block.activity),
    startdt: iso(block.start),
    enddt: iso(block.end),
    body: protectedDetails(block.activity),
  });
  return `https://${hostname}/calendar/0/deeplink/compose?${params.toString()}`;
}

export function addToCalendarLink(
  host: HostId,
  block: BlockTime,
  outlookHostname = 'outlook.office.com',
): { label: string; href: string } {
  return host === 'google'
    ? { label: 'Add to Google Calendar', href: googleCalendarLink(block) }
    : { label: 'Add to Outlook', href: outlookLink(block, outlookHostname) };
}

/** RFC 5545 text escaping (backslash, semicolon, comma, newline). */
const icsText = (s: string) => s.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\n/g, '\\n');

/** Lines longer than 75 octets are folded (RFC 5545 §3.1); our text is ASCII plus a dash. */
function fold(line: string): string {
  const chars = [...line];
  const parts: string[] = [];
  let current = '';
  for (const c of chars) {
    if (new TextEncoder().encode(current + c).length > (parts.length ? 74 : 75)) {
      parts.push(current);
      current = '';
    }
    current += c;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

/** One VEVENT per block, UTC times, a stable UID per block (importing the file twice adds nothing twice). */
export function blocksToIcs(blocks: readonly BlockTime[], now: number): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Leadership Calendar//Protected time//EN',
    'CALSCALE:GREGORIAN',
  ];
  for (const block of blocks) {
    lines.push(
      'BEGIN:VEVENT',
      `UID:${block.id}@leadership-calendar`,
      `DTSTAMP:${utcStamp(now)}`,
      `DTSTART:${utcStamp(block.start)}`,
      `DTEND:${utcStamp(block.end)}`,
      `SUMMARY:${icsText(protectedTitle(block.activity))}`,
      `DESCRIPTION:${icsText(protectedDetails(block.activity))}`,
      'TRANSP:OPAQUE',
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return `${lines.map(fold).join('\r\n')}\r\n`;
}

/** A captured event is a planned block when it is at the block's time (to the minute) and named like one. */
export function matchPlannedBlock<B extends { activity: string; start: number; end: number }>(
  event: { title: string; start: number; end: number; allDay: boolean },
  blocks: readonly B[],
): B | undefined {
  if (event.allDay) return undefined;
  const title = event.title.toLowerCase();
  return blocks.find(
    (b) =>
      Math.abs(b.start - event.start) < 60_000 &&
      Math.abs(b.end - event.end) < 60_000 &&
      (title.includes(PROTECTED_SUFFIX) || title.includes(activityLabel(b.activity).toLowerCase())),
  );
}
