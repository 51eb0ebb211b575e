import { z } from '../../zod';

/**
 * District policy (docs/deployment.md): what a district's IT sets for every leader through the browser's managed
 * storage (Google Admin console, Intune or Group Policy, a Linux policy file, Firefox's policies.json). This module
 * is the one source: the managed_schema shipped to Chrome and Edge is generated from `POLICY_SHAPE`
 * (policy-schema.ts), and a test fails when the two drift or the file breaks Chrome's rules.
 *
 * Two layers, because the browsers differ: the shape (types only) is what Chrome checks before the extension sees a
 * value, and it drops a whole policy that does not match it; Firefox checks nothing. So the shape is kept loose
 * (strings for times, activity ids and names) and the checks that give a sentence — a time like "25:00", an activity
 * the district never defined, a setting name that is no policy — run here, entry by entry, so one bad entry is
 * rejected alone and the rest applies.
 */
const text = (title: string, description: string) => z.string().meta({ title, description });
const integer = (title: string, description: string) => z.number().int().meta({ title, description });
const flag = (title: string, description: string) => z.boolean().meta({ title, description });
const list = <T extends z.ZodType>(item: T, title: string, description: string) =>
  z.array(item).meta({ title, description });
const record = <T extends z.ZodRawShape>(shape: T, title: string, description: string) =>
  z.object(shape).meta({ title, description });
const optional = <T extends Record<string, z.ZodType>>(shape: T): { [K in keyof T]: z.ZodOptional<T[K]> } =>
  Object.fromEntries(Object.entries(shape).map(([k, v]) => [k, (v as z.ZodType).optional()])) as never;

const TIME = 'A 24-hour time, HH:MM (07:30).';

/** How a policy names a weekday (index = the weekday number, 0 = Sunday), read and written the same way. */
export const POLICY_DAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;

/** Every policy, each optional. Names are camelCase; the admin-facing title and description travel in the schema. */
export const POLICY_SHAPE = z.object(
  optional({
    organizationName: text(
      'Organization name',
      'The district or school name leaders see beside every setting it sets ("Set by Lincoln USD").',
    ),
    supportContact: text(
      'Support contact',
      'Who leaders ask about these settings: an e-mail address, a phone or a web page.',
    ),
    schoolDay: record(
      optional({
        start: text('School day starts', TIME),
        end: text('School day ends', TIME),
        lunchStart: text('Lunch starts', TIME),
        lunchEnd: text('Lunch ends', TIME),
        officeMinutes: integer('Office time (minutes)', 'Kept free at the start of the day: 0 to 180.'),
        dismissalMinutes: integer('Dismissal (minutes)', 'No classroom visits at the end of the day: 0 to 120.'),
        afterSchoolMinutes: integer('After school (minutes)', 'Time conversations may use after school: 0 to 180.'),
        bufferMinutes: integer('Free minutes around events', 'Kept around every event: 0 to 60.'),
        maxBlocksPerDay: integer('Protected blocks a day', 'At most this many proposed blocks a day: 1 to 8.'),
        walkthroughMinutes: integer('Walkthrough block (minutes)', 'Length of one walkthrough block: 10 to 120.'),
        observationMinutes: integer('Observation block (minutes)', 'Length of one observation block: 10 to 120.'),
        coachingMinutes: integer('Coaching block (minutes)', 'Length of one coaching block: 10 to 120.'),
        feedbackMinutes: integer('Feedback block (minutes)', 'Length of one feedback block: 10 to 120.'),
      }),
      'School day',
      'The shape of the school day Find time keeps to, and the length of each protected block.',
    ),
    activities: list(
      z.object(
        optional({
          id: text('Activity id', 'Lower-case words joined by hyphens (ard-meeting).'),
          label: text('Activity name', 'As leaders see it (ARD meeting).'),
          kind: text('Kind', 'instructional, operational or personal.'),
        }),
      ),
      'District activities',
      "Activities of the district's own, added to the built-in ones. An activity removed later keeps its tags (shown as retired).",
    ),
    colourKey: list(
      z.object(
        optional({
          colour: text('Colour', "A Google Calendar event colour's name (Grape, Sage, Tomato …)."),
          activity: text('Activity id', 'A built-in activity id (feedback) or one of the district activities.'),
        }),
      ),
      'Colour key',
      'What each event colour means: an event of that colour is tagged with that activity.',
    ),
    keywordRules: list(
      z.object(
        optional({
          keywords: list(text('Keyword', 'A word or phrase.'), 'Keywords', 'Any of these matches, as a whole word.'),
          activity: text('Activity id', 'The activity an event is tagged with when a keyword matches.'),
          field: text('Field', 'title (default), calendar, color or location.'),
        }),
      ),
      'Keyword rules',
      'Rules that suggest a tag from an event: they come first when locked, after the leader’s own otherwise.',
    ),
    calendars: record(
      optional({
        ownOnly: flag(
          'Own calendar only',
          "Count only the signed-in account's own calendar unless the leader chooses.",
        ),
        include: list(
          text('Name contains', 'Part of a calendar name.'),
          'Count these calendars',
          'Calendars whose name contains any of these count too.',
        ),
        exclude: list(
          text('Name contains', 'Part of a calendar name.'),
          'Never count these calendars',
          'Calendars whose name contains any of these never count (holidays, school events).',
        ),
      }),
      'Calendars that count',
      'Which calendars are counted as the leader’s own time.',
    ),
    nudges: record(
      optional({
        enabled: flag('Weekly nudges', 'The Monday plan and Friday review nudges on or off.'),
        planDay: text('Plan nudge day', 'mon, tue, wed, thu, fri, sat or sun.'),
        planTime: text('Plan nudge time', TIME),
        reviewDay: text('Review nudge day', 'mon, tue, wed, thu, fri, sat or sun.'),
        reviewTime: text('Review nudge time', TIME),
      }),
      'Weekly nudges',
      'When the Monday and Friday nudges come.',
    ),
    goal: record(
      optional({
        targetShare: z.number().meta({
          title: 'Target share',
          description: 'The share of the week for walkthroughs and coaching the goal climbs toward: 0.1 to 0.8.',
        }),
        stepHours: z.number().meta({
          title: 'Monthly step (hours)',
          description: 'How much the weekly goal climbs each month: 0.25 to 3.',
        }),
      }),
      'Goal',
      "The weekly walkthrough and coaching goal's stair-step.",
    ),
    coachName: text('Coach name', 'The instructional coach leaders share their trend files with.'),
    reconcile: record(
      optional({
        reasons: list(
          text('Reason', 'As leaders read it ("Bus problems"); "Other" is always kept.'),
          'What took it?',
          'The reasons offered when a protected block did not happen: they replace the built-in list.',
        ),
        coverageWeeks: integer('Coverage target (weeks)', 'See every teacher every 1, 2, 3 or 4 weeks.'),
      }),
      'Daily reconcile',
      'The reasons the daily reconcile offers, and the coverage target.',
    ),
    disabledFeatures: list(
      text('Feature', FEATURE_WORDS()),
      'Features switched off',
      'Features this district does not use: they are not shown.',
    ),
    skipFirstRun: flag(
      'Skip the first-run questions',
      'Leaders start as principals with the district settings; they can change their role in the options.',
    ),
    lockedSettings: list(
      text('Setting', LOCKABLE_WORDS()),
      'Locked settings',
      'These settings are forced: leaders see "Set by" and cannot change them. Every other policy is a default the leader may change.',
    ),
  }),
);
export type PolicyShape = z.infer<typeof POLICY_SHAPE>;
export type PolicyName = keyof PolicyShape;
export const POLICY_NAMES = Object.keys(POLICY_SHAPE.shape) as PolicyName[];

/** Features a district can switch off. */
export const FEATURES = [
  'reconcile',
  'find-time',
  'time-saved',
  'ics-import',
  'trend-export',
  'backup',
  'tags-file',
  'nudges',
] as const;
export type Feature = (typeof FEATURES)[number];
function FEATURE_WORDS() {
  return 'reconcile, find-time, time-saved, ics-import, trend-export, backup, tags-file or nudges.';
}
/** How the options name each feature when it is switched off. */
export const FEATURE_LABELS: Record<Feature, string> = {
  reconcile: 'Daily reconcile',
  'find-time': 'Find time',
  'time-saved': 'Log time saved',
  'ics-import': 'Import a calendar file',
  'trend-export': 'Trend file for the coach',
  backup: 'Backup and restore',
  'tags-file': 'Tags file (assistant to principal)',
  nudges: 'Weekly nudges',
};

/** The policies `lockedSettings` may name (the others are not settings a leader changes). */
export const LOCKABLE = [
  'schoolDay',
  'colourKey',
  'keywordRules',
  'calendars',
  'nudges',
  'goal',
  'coachName',
  'reconcile',
] as const;
export type Lockable = (typeof LOCKABLE)[number];
function LOCKABLE_WORDS() {
  return 'schoolDay, colourKey, keywordRules, calendars, nudges, goal, coachName or reconcile.';
}
/** How a leader reads each lockable setting ("School day: set by Lincoln USD"). */
export const LOCKABLE_LABELS: Record<Lockable, string> = {
  schoolDay: 'School day',
  colourKey: 'Colour key',
  keywordRules: 'Keyword rules',
  calendars: 'Calendars that count',
  nudges: 'Weekly nudges',
  goal: 'Goal',
  coachName: 'Coach',
  reconcile: 'Daily reconcile',
};
