import { z } from '../../zod';
import { MINUTE_MS } from '../time/numbers';
import type { TimeRange } from '../time/week';

/**
 * The shape of a school day, as a leader would keep it (research/leader-practice.md §1, §3): the first part
 * of the day is for arrivals and the office (the SAM practice keeps about 45 minutes each morning for
 * management), lunch and dismissal are not for classroom visits, and a block butted against the next meeting
 * gets eaten by it. Walkthroughs go only where classes are in session; coaching and feedback conversations,
 * which need the teacher free, may also use the office time and the edge after school.
 */
const TimeOfDaySchema = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Use a 24-hour time like 07:30');
const minutesOf = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

export const SCHOOL_DAY_DEFAULTS = {
  start: '08:00',
  end: '15:30',
  officeMinutes: 30,
  lunch: { start: '11:30', end: '12:30' },
  dismissalMinutes: 15,
  afterSchoolMinutes: 30,
  bufferMinutes: 10,
  maxBlocksPerDay: 2,
} as const;

export const SchoolDaySchema = z
  .strictObject({
    start: TimeOfDaySchema,
    end: TimeOfDaySchema,
    /** Kept free at the start of the day: arrivals, buses, the office. */
    officeMinutes: z.number().int().min(0).max(180).default(SCHOOL_DAY_DEFAULTS.officeMinutes),
    lunch: z
      .strictObject({ start: TimeOfDaySchema, end: TimeOfDaySchema })
      .refine((l) => l.end > l.start, { message: 'Lunch must end after it starts', path: ['end'] })
      .default(() => ({ ...SCHOOL_DAY_DEFAULTS.lunch })),
    /** The last minutes of the school day: dismissal. */
    dismissalMinutes: z.number().int().min(0).max(120).default(SCHOOL_DAY_DEFAULTS.dismissalMinutes),
    /** After the school day: time coaching and feedback conversations may use, when teachers are free. */
    afterSchoolMinutes: z.number().int().min(0).max(180).default(SCHOOL_DAY_DEFAULTS.afterSchoolMinutes),
    /** Free minutes kept around every event, so a block is not eaten by the meeting next to it. */
    bufferMinutes: z.number().int().min(0).max(60).default(SCHOOL_DAY_DEFAULTS.bufferMinutes),
    /** At most this many protected blocks are proposed on one day, so the day keeps its white space. */
    maxBlocksPerDay: z.number().int().min(1).max(8).default(SCHOOL_DAY_DEFAULTS.maxBlocksPerDay),
  })
  .refine((d) => d.end > d.start, { message: 'The school day must end after it starts', path: ['end'] })
  .refine((d) => minutesOf(d.end) - minutesOf(d.start) > d.officeMinutes + d.dismissalMinutes, {
    message: 'The office time and dismissal leave no time for classes',
    path: ['officeMinutes'],
  });
export type SchoolDay = z.infer<typeof SchoolDaySchema>;
export type SchoolDayInput = z.input<typeof SchoolDaySchema>;

/** How long one protected block of an activity is (minutes): several short classroom visits make one block. */
export const BLOCK_MINUTES_DEFAULTS = { walkthrough: 30, observation: 45, coaching: 30, feedback: 20 } as const;
const blockLength = (fallback: number) => z.number().int().min(10).max(120).default(fallback);
export const BlockMinutesSchema = z.strictObject({
  walkthrough: blockLength(BLOCK_MINUTES_DEFAULTS.walkthrough),
  observation: blockLength(BLOCK_MINUTES_DEFAULTS.observation),
  coaching: blockLength(BLOCK_MINUTES_DEFAULTS.coaching),
  feedback: blockLength(BLOCK_MINUTES_DEFAULTS.feedback),
});
export type BlockMinutes = z.infer<typeof BlockMinutesSchema>;

/** Walkthrough times vary across the day so a leader sees every phase of the day's lessons. */
export const DAY_PARTS = ['early-morning', 'late-morning', 'early-afternoon', 'late-afternoon'] as const;
export type DayPart = (typeof DAY_PARTS)[number];
export const DAY_PART_LABELS: Record<DayPart, string> = {
  'early-morning': 'early morning',
  'late-morning': 'late morning',
  'early-afternoon': 'early afternoon',
  'late-afternoon': 'late afternoon',
};

export interface DayShape {
  /** The whole school day. */
  day: TimeRange;
  office: TimeRange;
  lunch: TimeRange | null;
  dismissal: TimeRange;
  afterSchool: TimeRange;
  /** Where classes are in session: after the office time, before dismissal, without lunch (one or two ranges). */
  instruction: TimeRange[];
  /** The instruction time in four parts: morning and afternoon, each halved. */
  parts: { part: DayPart; range: TimeRange }[];
}

const at = (date: Date, minutes: number) =>
  new Date(date.getFullYear(), date.getMonth(), date.getDate(), Math.floor(minutes / 60), minutes % 60).getTime();
const half = (r: TimeRange) => {
  // Halves on a quarter hour, so the parts start at times a leader would pick.
  const mid = r.start + Math.round((r.end - r.start) / 2 / (15 * MINUTE_MS)) * 15 * MINUTE_MS;
  return [
    { start: r.start, end: mid },
    { start: mid, end: r.end },
  ] as const;
};

/** One school day's shape on a date, in local time. */
export function dayShape(date: Date, shape: SchoolDay): DayShape {
  const start = minutesOf(shape.start);
  const end = minutesOf(shape.end);
  const day = { start: at(date, start), end: at(date, end) };
  const office = { start: day.start, end: at(date, start + shape.officeMinutes) };
  const dismissal = { start: at(date, end - shape.dismissalMinutes), end: day.end };
  const afterSchool = { start: day.end, end: at(date, end + shape.afterSchoolMinutes) };
  const classes = { start: office.end, end: dismissal.start };
  const lunchStart = Math.max(at(date, minutesOf(shape.lunch.start)), classes.start);
  const lunchEnd = Math.min(at(date, minutesOf(shape.lunch.end)), classes.end);
  const lunch = lunchEnd > lunchStart ? { start: lunchStart, end: lunchEnd } : null;
  const morning = lunch ? { start: classes.start, end: lunch.start } : half(classes)[0];
  const afternoon = lunch ? { start: lunch.end, end: classes.end } : half(classes)[1];
  const instruction = [morning, afternoon].filter((r) => r.end > r.start);
  const [early, late] = half(morning);
  const [afterLunch, lateAfternoon] = half(afternoon);
  const parts = (
    [
      ['early-morning', early],
      ['late-morning', late],
      ['early-afternoon', afterLunch],
      ['late-afternoon', lateAfternoon],
    ] as const
  )
    .filter(([, range]) => range.end > range.start)
    .map(([part, range]) => ({ part, range }));
  return { day, office, lunch, dismissal, afterSchool, instruction, parts };
}

/** The part of the school day a time falls in, or null outside instruction time. */
export function dayPartAt(time: number, shape: SchoolDay): DayPart | null {
  const d = new Date(time);
  return dayShape(d, shape).parts.find((p) => time >= p.range.start && time < p.range.end)?.part ?? null;
}
