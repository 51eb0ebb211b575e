import { useState, type FormEvent } from 'react';
import { activitiesOfKind, activityLabel } from '../../lib/domain/events/activities';
import { formatMinutes } from '../../lib/domain/time/format';
import type { ReclaimedEntry, RecurringEstimate } from '../../lib/domain/planning/reclaimed';

import { DEFAULT_SETTINGS, type Settings } from '../../lib/domain/settings/settings';
import { FormStatus, type StatusText } from '../common/FormStatus';

export type Preset = Settings['presets'][number];

export interface ReclaimedDraftInput {
  id?: string;
  date: string;
  minutes: number;
  task: string;
  fromActivity: string;
  tool?: string;
  note?: string;
}

interface Props {
  today: string;
  entries: readonly ReclaimedEntry[];
  presets?: readonly Preset[];
  estimates?: readonly RecurringEstimate[];
  onSave: (draft: ReclaimedDraftInput) => Promise<void>;
  onDelete: (id: string) => Promise<void>;
  onRepeatWeekly?: (draft: ReclaimedDraftInput) => Promise<void>;
  onStopRepeating?: (id: string) => Promise<void>;
}

/** "Log time saved": what AI helped with, how long it would have taken, where the time came from. */
export function ReclaimedForm({
  today,
  entries,
  presets = DEFAULT_SETTINGS.presets,
  estimates = [],
  onSave,
  onDelete,
  onRepeatWeekly,
  onStopRepeating,
}: Props) {
  const [editing, setEditing] = useState<string | null>(null);
  const [task, setTask] = useState('');
  const [minutes, setMinutes] = useState('');
  const [date, setDate] = useState(today);
  const [from, setFrom] = useState('family-communication');
  const [tool, setTool] = useState('');
  const [note, setNote] = useState('');
  const [repeat, setRepeat] = useState(false);
  const [status, setStatus] = useState<StatusText>(null);

  const reset = () => {
    setEditing(null);
    setTask('');
    setMinutes('');
    setNote('');
    setRepeat(false);
  };
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    try {
      const draft: ReclaimedDraftInput = { date, minutes: Number(minutes), task, fromActivity: from };
      if (editing) draft.id = editing;
      if (tool.trim()) draft.tool = tool.trim();
      if (note.trim()) draft.note = note.trim();
      await onSave(draft);
      if (repeat && onRepeatWeekly) await onRepeatWeekly(draft);
      setStatus({
        ok: true,
        text:
          `${editing ? 'Updated' : 'Logged'} ${formatMinutes(Number(minutes))} saved on "${task}" ` +
          `(${date}).${repeat ? ' It will repeat every week until you stop it.' : ''}`,
      });
      reset();
    } catch (error) {
      setStatus({ ok: false, text: error instanceof Error ? error.message : String(error) });
    }
  };
  const edit = (e: ReclaimedEntry) => {
    setEditing(e.id);
    setTask(e.task);
    setMinutes(String(e.minutes));
    setDate(e.date);
    setFrom(e.fromActivity);
    setTool(e.tool ?? '');
    setNote(e.note ?? '');
    document.getElementById('reclaimed-task')?.focus();
  };

  return (
    <section className="card" aria-labelledby="reclaimed-heading">
      <h2 id="reclaimed-heading">Log AI-reclaimed time</h2>
      <div className="presets" role="group" aria-label="Frequent tasks">
        {presets.map((p) => (
          <button
            key={p.task}
            type="button"
            onClick={() => {
              setTask(p.task);
              setMinutes(String(p.minutes));
              setFrom(p.fromActivity);
            }}
          >
            {p.task} ({p.minutes} min)
          </button>
        ))}
      </div>
      <form onSubmit={submit}>
        <label htmlFor="reclaimed-task">Task</label>
        <input
          id="reclaimed-task"
          value={task}
          onChange={(e) => setTask(e.target.value)}
          placeholder="e.g. parent newsletter"
        />
        <label htmlFor="reclaimed-minutes">Minutes saved</label>
        <input
          id="reclaimed-minutes"
          type="number"
          min="1"
          max="1440"
          value={minutes}
          onChange={(e) => setMinutes(e.target.value)}
        />
        <label htmlFor="reclaimed-date">Date</label>
        <input id="reclaimed-date" type="date" value={date} onChange={(e) => setDate(e.target.value)} />
        <label htmlFor="reclaimed-from">Operational area it came from</label>
        <select id="reclaimed-from" value={from} onChange={(e) => setFrom(e.target.value)}>
          {activitiesOfKind('operational').map((a) => (
            <option key={a.id} value={a.id}>
              {a.label}
            </option>
          ))}
        </select>
        <label htmlFor="reclaimed-tool">Tool (optional)</label>
        <input id="reclaimed-tool" value={tool} onChange={(e) => setTool(e.target.value)} />
        <label htmlFor="reclaimed-note">Note (optional)</label>
        <textarea id="reclaimed-note" value={note} onChange={(e) => setNote(e.target.value)} rows={2} />
        {onRepeatWeekly && !editing && (
          <label className="choice">
            <input type="checkbox" checked={repeat} onChange={(e) => setRepeat(e.target.checked)} /> Repeat every week
            (an estimate, e.g. "AI drafts the newsletter every week")
          </label>
        )}
        <p>
          <button type="submit" className="primary">
            {editing ? 'Save changes' : 'Log time saved'}
          </button>{' '}
          {editing && (
            <button type="button" onClick={reset}>
              Cancel editing
            </button>
          )}
        </p>
        <FormStatus status={status} />
      </form>
      {entries.length > 0 && (
        <>
          <h3>Logged this week</h3>
          <ul className="event-list">
            {entries.map((e) => (
              <li key={e.id}>
                {e.task}: {formatMinutes(e.minutes)}{' '}
                <span className="muted">
                  ({e.date}, from {activityLabel(e.fromActivity).toLowerCase()}
                  {e.tool ? `, ${e.tool}` : ''}
                  {e.recurringId ? ', weekly estimate' : ''})
                </span>{' '}
                <button type="button" onClick={() => edit(e)} aria-label={`Edit ${e.task} on ${e.date}`}>
                  Edit
                </button>{' '}
                <button type="button" onClick={() => void onDelete(e.id)} aria-label={`Delete ${e.task} on ${e.date}`}>
                  Delete
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
      {estimates.filter((e) => e.stoppedAt === null).length > 0 && (
        <>
          <h3>Repeating every week</h3>
          <ul className="event-list">
            {estimates
              .filter((e) => e.stoppedAt === null)
              .map((e) => (
                <li key={e.id}>
                  {e.task}: {formatMinutes(e.minutes)} a week{' '}
                  {onStopRepeating && (
                    <button
                      type="button"
                      onClick={() => void onStopRepeating(e.id)}
                      aria-label={`Stop repeating ${e.task}`}
                    >
                      Stop
                    </button>
                  )}
                </li>
              ))}
          </ul>
        </>
      )}
    </section>
  );
}
