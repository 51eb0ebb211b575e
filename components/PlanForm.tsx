import { useState, type FormEvent } from 'react';
import { activitiesOfKind } from '../lib/domain/activities';
import type { WeekPlan } from '../lib/domain/plan';

interface Props {
  weekKey: string;
  plan: WeekPlan | undefined;
  reclaimedHours: number;
  onSave: (plan: Omit<WeekPlan, 'updatedAt'>) => Promise<void>;
}

/** "What will you do with the hours you get back this week?" — intended minutes per instructional activity. */
export function PlanForm({ weekKey, plan, reclaimedHours, onSave }: Props) {
  const [minutes, setMinutes] = useState<Record<string, string>>(() =>
    Object.fromEntries(Object.entries(plan?.minutes ?? {}).map(([k, v]) => [k, String(v)])),
  );
  const [note, setNote] = useState(plan?.note ?? '');
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    try {
      const values = Object.fromEntries(
        Object.entries(minutes)
          .filter(([, v]) => v.trim() !== '')
          .map(([k, v]) => [k, Number(v)]),
      );
      const draft: Omit<WeekPlan, 'updatedAt'> = { weekStart: weekKey, minutes: values };
      if (note.trim()) draft.note = note.trim();
      await onSave(draft);
      setStatus({ ok: true, text: 'Plan saved.' });
    } catch (error) {
      setStatus({ ok: false, text: error instanceof Error ? error.message : String(error) });
    }
  };
  return (
    <form className="card" onSubmit={submit} aria-labelledby="plan-heading">
      <h2 id="plan-heading">Plan the week</h2>
      <p className="lead">What will you do with the hours you get back this week?</p>
      {reclaimedHours > 0 && (
        <p className="muted">So far AI has given you back {Math.round(reclaimedHours * 10) / 10} h this week.</p>
      )}
      <div className="plan-grid">
        {activitiesOfKind('instructional').map((a) => (
          <div key={a.id}>
            <label htmlFor={`plan-${a.id}`}>{a.label} (minutes)</label>
            <input
              id={`plan-${a.id}`}
              type="number"
              min="0"
              step="15"
              value={minutes[a.id] ?? ''}
              onChange={(e) => setMinutes({ ...minutes, [a.id]: e.target.value })}
            />
          </div>
        ))}
      </div>
      <label htmlFor="plan-note">Note</label>
      <textarea
        id="plan-note"
        rows={2}
        value={note}
        onChange={(e) => setNote(e.target.value)}
        placeholder="e.g. feedback conversations with the two new teachers"
      />
      <p>
        <button type="submit" className="primary">
          Save plan
        </button>
      </p>
      <p role="status" className={status?.ok === false ? 'error' : undefined}>
        {status?.text}
      </p>
    </form>
  );
}
