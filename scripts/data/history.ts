// Deterministic history for the demo and the benchmark: a principal's weeks with a realistic mix of
// instructional and operational blocks, recurring duty, and logged AI time savings.
import type { CalendarEvent } from '../../lib/domain/events/event';
import type { ReclaimedEntry } from '../../lib/domain/planning/reclaimed';
import type { Tag } from '../../lib/domain/events/tag';

/** Small deterministic PRNG (mulberry32), so every run generates the same weeks. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const BLOCKS: [string, string, number][] = [
  ['Walkthrough', 'walkthrough', 45],
  ['Coaching conversation', 'coaching', 45],
  ['Feedback after observation', 'feedback', 30],
  ['PLC / data team', 'plc', 60],
  ['Discipline follow-up', 'discipline', 45],
  ['Bus duty', 'supervision', 30],
  ['Parent call', 'family-communication', 30],
  ['Budget meeting', 'budget', 60],
  ['Email and office time', 'email-office', 60],
  ['IEP meeting', 'compliance', 60],
  ['District meeting', 'district-meetings', 90],
];

export interface History {
  events: CalendarEvent[];
  tags: Tag[];
  reclaimed: ReclaimedEntry[];
}

/** `weeks` weeks of history ending with the week that starts on `lastMonday` (local time). */
export function generateHistory(lastMonday: Date, weeks: number, eventsPerWeek = 58, seed = 7): History {
  const rand = random(seed);
  const events: CalendarEvent[] = [];
  const tags: Tag[] = [];
  const reclaimed: ReclaimedEntry[] = [];
  for (let w = weeks - 1; w >= 0; w--) {
    const monday = new Date(lastMonday.getFullYear(), lastMonday.getMonth(), lastMonday.getDate() - w * 7);
    for (let i = 0; i < eventsPerWeek; i++) {
      const [title, activity, minutes] = BLOCKS[Math.floor(rand() * BLOCKS.length)]!;
      const day = Math.floor(rand() * 5);
      const startMinutes = 7 * 60 + Math.floor(rand() * 18) * 30;
      const start = new Date(
        monday.getFullYear(),
        monday.getMonth(),
        monday.getDate() + day,
        0,
        startMinutes,
      ).getTime();
      const id = `history-${weeks - w}-${i}`;
      events.push({
        id: `google:${id}`,
        source: 'google',
        sourceId: id,
        title,
        start,
        end: start + minutes * 60_000,
        allDay: false,
        response: 'unknown',
        cancelled: false,
        firstSeen: start,
        lastSeen: start,
        removedAt: null,
      });
      const kind = ['walkthrough', 'coaching', 'feedback', 'plc'].includes(activity) ? 'instructional' : 'operational';
      tags.push({ eventId: `google:${id}`, kind, activity, setBy: rand() < 0.7 ? 'rule' : 'person', updatedAt: start });
    }
    const date = new Date(monday.getFullYear(), monday.getMonth(), monday.getDate() + 2);
    const iso = `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
    reclaimed.push({
      id: `history-r-${weeks - w}`,
      date: iso,
      minutes: 30 + Math.floor(rand() * 8) * 15,
      task: 'Parent newsletter',
      fromActivity: 'family-communication',
      createdAt: 0,
    });
  }
  return { events, tags, reclaimed };
}

const FIRST = ['Maria', 'James', 'Ana', 'Omar', 'Dana', 'Lee', 'Sam', 'Priya', 'Carlos', 'Grace', 'Tom', 'Aisha'];
const LAST = ['Patel', 'Chen', 'Ruiz', 'Haddad', 'Park', 'Lopez', 'Nguyen', 'Smith', 'Okafor', 'Kim'];
const REASONS = ['discipline', 'walk-in', 'district', 'coverage', 'safety', 'meeting-ran-over', 'paperwork'];

/**
 * The daily reconcile over a history (issue #29's bench): a staff list of `staffSize` teachers, most past protected
 * blocks answered (most happened, with the teachers seen; some cut short or taken, with what took them), and most
 * days reconciled — except the last `openWeeks` weeks, which a leader has not reconciled yet. Mutates `history.tags`.
 */
export function addPractice(history: History, staffSize = 60, openWeeks = 1, seed = 11) {
  const rand = random(seed);
  const staff = Array.from({ length: staffSize }, (_, i) => {
    const name = `${FIRST[i % FIRST.length]} ${LAST[Math.floor(i / FIRST.length) % LAST.length]}${i >= 120 ? ` ${i}` : ''}`;
    return { key: name.toLowerCase(), name, addedAt: 0 };
  });
  const protectedActivities = new Set(['walkthrough', 'coaching', 'feedback']);
  const last = history.events.reduce((m, e) => Math.max(m, e.start), 0);
  const openFrom = last - openWeeks * 7 * 86_400_000;
  const tags = new Map(history.tags.map((t) => [t.eventId, t]));
  const restByDay = new Map<string, string[]>();
  const iso = (ms: number) => {
    const d = new Date(ms);
    return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  };
  for (const event of history.events) {
    const tag = tags.get(event.id)!;
    if (!protectedActivities.has(tag.activity)) {
      restByDay.set(iso(event.start), [...(restByDay.get(iso(event.start)) ?? []), event.id]);
      continue;
    }
    if (event.start >= openFrom || rand() > 0.85) continue;
    const teachers = Array.from({ length: 1 + Math.floor(rand() * 2) }, () => staff[Math.floor(rand() * staff.length)]!)
      .filter((t, i, all) => all.indexOf(t) === i)
      .map((t) => ({ key: t.key, name: t.name }));
    const roll = rand();
    const minutes = Math.round((event.end - event.start) / 60_000);
    const reason = REASONS[Math.floor(rand() * REASONS.length)]!;
    const nextTime = rand() < 0.5 ? { who: 'unassigned' as const } : { who: 'responder' as const, name: 'Ms. Rivera' };
    tag.setBy = 'person';
    if (roll < 0.7) {
      tag.status = 'happened';
      tag.answer = { outcome: 'happened', teachers, by: 'you', answeredAt: event.end };
    } else if (roll < 0.8) {
      tag.status = 'happened';
      tag.answer = {
        outcome: 'partly',
        minutesHappened: Math.round(minutes / 2),
        reason,
        nextTime,
        teachers,
        by: 'you',
        answeredAt: event.end,
      };
    } else if (roll < 0.95) {
      tag.status = 'displaced';
      tag.answer = { outcome: 'not-happened', reason, nextTime, followUp: 'drop', by: 'you', answeredAt: event.end };
    } else {
      tag.status = 'displaced';
      tag.answer = { outcome: 'moved', followUp: 'reschedule', by: 'you', answeredAt: event.end };
    }
  }
  const days = [...restByDay]
    .filter(([date]) => new Date(`${date}T12:00:00`).getTime() < openFrom && rand() < 0.85)
    .map(([date, confirmed]) => ({ id: `mine:${date}`, date, confirmed, at: 0, by: 'you' }));
  return { staff, days };
}
