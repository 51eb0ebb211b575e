import { type FormEvent, useState } from 'react';
import { activityLabel } from '../../lib/domain/events/activities';
import type { Settings } from '../../lib/domain/settings/settings';
import type { BlockMinutes, SchoolDay } from '../../lib/domain/planning/school-day';
import { FormStatus, type StatusText } from '../common/FormStatus';
import { type Lock, LockableFields } from '../common/Locked';

interface Props {
  schoolDay: SchoolDay;
  blockMinutes: BlockMinutes;
  onSave: (patch: Pick<Settings, 'schoolDay' | 'blockMinutes'>) => Promise<void>;
  /** Set when a district locked the school day. */
  lock?: Lock | null;
}

const MINUTE_FIELDS = [
  ['officeMinutes', 'Office time at the start of the day (minutes)', 'Kept free for arrivals, buses and the office.'],
  ['dismissalMinutes', 'Dismissal at the end of the day (minutes)', 'No classroom visits while students leave.'],
  [
    'afterSchoolMinutes',
    'After school for conversations (minutes)',
    'Coaching and feedback may use it, when teachers are free.',
  ],
  ['bufferMinutes', 'Free minutes around every event', 'A block right against a meeting gets eaten by it.'],
  ['maxBlocksPerDay', 'Protected blocks a day, at most', 'So every day keeps some white space.'],
] as const;
const BLOCKS = ['walkthrough', 'observation', 'feedback', 'coaching'] as const;

/** "Your school day": where Find time may put walkthroughs and conversations, and how long each block is. */
export function SchoolDayForm({ schoolDay, blockMinutes, onSave, lock = null }: Props) {
  const [day, setDay] = useState<Record<string, string>>(() =>
    Object.fromEntries(MINUTE_FIELDS.map(([key]) => [key, String(schoolDay[key])])),
  );
  const [times, setTimes] = useState({ start: schoolDay.start, end: schoolDay.end, lunch: { ...schoolDay.lunch } });
  const [sizes, setSizes] = useState<Record<string, string>>(() =>
    Object.fromEntries(BLOCKS.map((a) => [a, String(blockMinutes[a])])),
  );
  const [status, setStatus] = useState<StatusText>(null);
  const number = (s: string) => (s.trim() === '' ? Number.NaN : Number(s));
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    try {
      await onSave({
        schoolDay: {
          ...times,
          ...Object.fromEntries(MINUTE_FIELDS.map(([key]) => [key, number(day[key]!)])),
        } as SchoolDay,
        blockMinutes: Object.fromEntries(BLOCKS.map((a) => [a, number(sizes[a]!)])) as BlockMinutes,
      });
      setStatus({ ok: true, text: 'School day saved. Find time uses it from now on.' });
    } catch (error) {
      setStatus({ ok: false, text: error instanceof Error ? error.message : String(error) });
    }
  };
  return (
    <form onSubmit={submit} aria-labelledby="school-day-heading" className="card">
      <h2 id="school-day-heading">Your school day</h2>
      <p className="muted">
        Find time puts walkthroughs only where classes are in session, varies their time of day, and follows each one
        with a feedback conversation within a day or two.
      </p>
      <LockableFields lock={lock} id="school-day-fields" legend="Times and lengths">
        <div className="plan-grid">
          {(
            [
              ['school-day-start', 'School day starts', times.start, (v: string) => setTimes({ ...times, start: v })],
              ['school-day-end', 'School day ends', times.end, (v: string) => setTimes({ ...times, end: v })],
              [
                'lunch-start',
                'Lunch starts',
                times.lunch.start,
                (v: string) => setTimes({ ...times, lunch: { ...times.lunch, start: v } }),
              ],
              [
                'lunch-end',
                'Lunch ends',
                times.lunch.end,
                (v: string) => setTimes({ ...times, lunch: { ...times.lunch, end: v } }),
              ],
            ] as const
          ).map(([id, label, value, set]) => (
            <div key={id}>
              <label htmlFor={id}>{label}</label>
              <input id={id} type="time" value={value} onChange={(e) => set(e.target.value)} />
            </div>
          ))}
        </div>
        {MINUTE_FIELDS.map(([key, label, help]) => (
          <div key={key}>
            <label htmlFor={`school-${key}`}>{label}</label>
            <input
              id={`school-${key}`}
              type="number"
              min={key === 'maxBlocksPerDay' ? 1 : 0}
              step={key === 'maxBlocksPerDay' ? 1 : 5}
              value={day[key]}
              aria-describedby={`school-${key}-help`}
              onChange={(e) => setDay({ ...day, [key]: e.target.value })}
            />
            <span id={`school-${key}-help`} className="muted">
              {' '}
              {help}
            </span>
          </div>
        ))}
        <fieldset>
          <legend>Length of one block (minutes)</legend>
          <div className="plan-grid">
            {BLOCKS.map((a) => (
              <div key={a}>
                <label htmlFor={`block-${a}`}>{activityLabel(a)}</label>
                <input
                  id={`block-${a}`}
                  type="number"
                  min="10"
                  max="120"
                  step="5"
                  value={sizes[a]}
                  onChange={(e) => setSizes({ ...sizes, [a]: e.target.value })}
                />
              </div>
            ))}
          </div>
          <p className="muted">A walkthrough block holds several short classroom visits.</p>
        </fieldset>
        <p>
          <button type="submit" className="primary">
            Save school day
          </button>
        </p>
      </LockableFields>
      <FormStatus status={status} />
    </form>
  );
}
