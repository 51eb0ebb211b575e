import { useState, type FormEvent } from 'react';
import { activitiesOfKind } from '../lib/domain/activities';
import { formatMinutes } from '../lib/domain/format';
import type { ReclaimedEntry } from '../lib/domain/reclaimed';

export const TASK_PRESETS = [
  { task: 'Parent newsletter', minutes: 45, from: 'family-communication' },
  { task: 'Meeting prep', minutes: 30, from: 'staff-hr' },
  { task: 'Documentation', minutes: 40, from: 'compliance' },
  { task: 'Family messages', minutes: 25, from: 'family-communication' },
  { task: 'Schedules', minutes: 30, from: 'email-office' },
] as const;

interface Props {
  today: string;
  entries: readonly ReclaimedEntry[];
  onSave: (draft: { date: string; minutes: number; task: string; fromActivity: string; tool?: string; note?: string }) => Promise<void>;
  onDelete: (id: string) => Promise<void>;
}

/** "Log time saved": what AI helped with, how long it would have taken, where the time came from. */
export function ReclaimedForm({ today, entries, onSave, onDelete }: Props) {
  const [task, setTask] = useState('');
  const [minutes, setMinutes] = useState('');
  const [date, setDate] = useState(today);
  const [from, setFrom] = useState('family-communication');
  const [tool, setTool] = useState('');
  const [note, setNote] = useState('');
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    try {
      const draft: Parameters<Props['onSave']>[0] = { date, minutes: Number(minutes), task, fromActivity: from };
      if (tool.trim()) draft.tool = tool.trim();
      if (note.trim()) draft.note = note.trim();
      await onSave(draft);
      setStatus({ ok: true, text: `Logged ${formatMinutes(Number(minutes))} saved on "${task}".` });
      setTask('');
      setMinutes('');
      setNote('');
    } catch (error) {
      setStatus({ ok: false, text: error instanceof Error ? error.message : String(error) });
    }
  };

  return (
    <section className="card" aria-labelledby="reclaimed-heading">
      <h2 id="reclaimed-heading">Log AI-reclaimed time</h2>
      <p className="muted">Presets:{' '}
        {TASK_PRESETS.map((p) => (
          <button key={p.task} type="button" onClick={() => { setTask(p.task); setMinutes(String(p.minutes)); setFrom(p.from); }}>
            {p.task} ({p.minutes} min)
          </button>
        ))}
      </p>
      <form onSubmit={submit}>
        <label htmlFor="reclaimed-task">Task</label>
        <input id="reclaimed-task" value={task} onChange={(e) => setTask(e.target.value)} placeholder="e.g. parent newsletter" />
        <label htmlFor="reclaimed-minutes">Minutes saved</label>
        <input id="reclaimed-minutes" type="number" min="1" max="1440" value={minutes} onChange={(e) => setMinutes(e.target.value)} />
        <label htmlFor="reclaimed-date">Date</label>
        <input id="reclaimed-date" type="date" value={date} onChange={(e) => setDate(e.target.value)} />
        <label htmlFor="reclaimed-from">Operational area it came from</label>
        <select id="reclaimed-from" value={from} onChange={(e) => setFrom(e.target.value)}>
          {activitiesOfKind('operational').map((a) => <option key={a.id} value={a.id}>{a.label}</option>)}
        </select>
        <label htmlFor="reclaimed-tool">Tool (optional)</label>
        <input id="reclaimed-tool" value={tool} onChange={(e) => setTool(e.target.value)} />
        <label htmlFor="reclaimed-note">Note (optional)</label>
        <textarea id="reclaimed-note" value={note} onChange={(e) => setNote(e.target.value)} rows={2} />
        <p><button type="submit" className="primary">Log time saved</button></p>
        <p role="status" className={status?.ok === false ? 'error' : undefined}>{status?.text}</p>
      </form>
      {entries.length > 0 && (
        <>
          <h3>Logged this week</h3>
          <ul className="event-list">
            {entries.map((e) => (
              <li key={e.id}>
                {e.task}: {formatMinutes(e.minutes)} <span className="muted">({e.date}{e.tool ? `, ${e.tool}` : ''})</span>{' '}
                <button type="button" onClick={() => void onDelete(e.id)} aria-label={`Delete ${e.task} on ${e.date}`}>Delete</button>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
