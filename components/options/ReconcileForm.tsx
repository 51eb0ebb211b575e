import { type FormEvent, useState } from 'react';
import { COVERAGE_WEEKS, type CoverageWeeks } from '../../lib/domain/reconcile/coverage';
import { type Reason, reasonIdFor } from '../../lib/domain/reconcile/reasons';
import type { ReconcileSettings, Settings } from '../../lib/domain/settings/settings';
import { FormStatus, type StatusText } from '../common/FormStatus';
import { type Lock, LockableFields } from '../common/Locked';

interface Props {
  settings: ReconcileSettings;
  onSave: (patch: Pick<Settings, 'reconcile'>) => Promise<void>;
  /** Set when a district locked the reasons and the coverage target. */
  lock?: Lock | null;
}

/**
 * "Daily reconcile": the reasons "What took it?" offers, who takes the first try in each area (First Responders,
 * with a second and third for absences), how often every teacher should be seen, the toolbar count and the optional
 * daily reminder, and who keeps the leader's calendar.
 */
export function ReconcileForm({ settings, onSave, lock = null }: Props) {
  const [reasons, setReasons] = useState<Reason[]>(() => settings.reasons.map((r) => ({ ...r })));
  const [added, setAdded] = useState('');
  const [people, setPeople] = useState<Record<string, string[]>>(() =>
    Object.fromEntries(settings.firstResponders.map((r) => [r.area, [...r.people, '', '', ''].slice(0, 3)])),
  );
  const [coverageWeeks, setCoverageWeeks] = useState<CoverageWeeks>(settings.coverageWeeks);
  const [badge, setBadge] = useState(settings.badge);
  const [reminder, setReminder] = useState({ ...settings.reminder });
  const [keeper, setKeeper] = useState(settings.keeper ?? '');
  const [status, setStatus] = useState<StatusText>(null);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    try {
      const firstResponders = reasons.flatMap((r) => {
        const names = (people[r.id] ?? []).map((p) => p.trim()).filter(Boolean);
        return names.length ? [{ area: r.id, people: names }] : [];
      });
      await onSave({
        reconcile: {
          ...settings,
          reasons,
          firstResponders,
          coverageWeeks,
          badge,
          reminder,
          keeper: keeper.trim() || null,
        },
      });
      setStatus({ ok: true, text: 'Daily reconcile saved.' });
    } catch (error) {
      setStatus({ ok: false, text: error instanceof Error ? error.message : String(error) });
    }
  };
  const setPerson = (area: string, i: number, value: string) =>
    setPeople((all) => {
      const list = [...(all[area] ?? ['', '', ''])];
      list[i] = value;
      return { ...all, [area]: list };
    });

  return (
    <form onSubmit={submit} aria-labelledby="reconcile-settings-heading" className="card">
      <h2 id="reconcile-settings-heading">Daily reconcile</h2>
      <p className="muted">
        Two minutes a day: what happened, what took the time, who could take it next time, and which teacher is owed
        feedback. Nothing here is about students.
      </p>
      <LockableFields lock={lock} id="reconcile-reasons" legend={<h3>What took it? — the reasons offered</h3>}>
        <ul className="plain-list">
          {reasons.map((r, i) => (
            <li key={r.id}>
              <label htmlFor={`reason-${r.id}`} className="sr-only">
                Reason {i + 1}
              </label>
              <input
                id={`reason-${r.id}`}
                value={r.label}
                maxLength={60}
                onChange={(e) => setReasons(reasons.map((x) => (x.id === r.id ? { ...x, label: e.target.value } : x)))}
              />{' '}
              {r.id !== 'other' && (
                <button type="button" onClick={() => setReasons(reasons.filter((x) => x.id !== r.id))}>
                  Remove<span className="sr-only"> {r.label}</span>
                </button>
              )}
            </li>
          ))}
        </ul>
        <label htmlFor="reason-new">Add a reason</label>
        <input id="reason-new" value={added} maxLength={60} onChange={(e) => setAdded(e.target.value)} />{' '}
        <button
          type="button"
          disabled={!added.trim()}
          onClick={() => {
            setReasons([
              ...reasons.filter((r) => r.id !== 'other'),
              { id: reasonIdFor(added, reasons), label: added.trim() },
              ...reasons.filter((r) => r.id === 'other'),
            ]);
            setAdded('');
          }}
        >
          Add
        </button>
      </LockableFields>
      <h3>First Responders</h3>
      <p className="muted">
        Who takes the first try when this comes up, so it need not pull you out of a classroom. A second and third cover
        absences. "Who could take this next time?" offers them.
      </p>
      <div className="responders">
        {reasons
          .filter((r) => r.id !== 'other')
          .map((r) => (
            <fieldset key={r.id}>
              <legend>{r.label}</legend>
              {['First', 'Second', 'Third'].map((order, i) => (
                <span key={order} className="responder">
                  <label htmlFor={`responder-${r.id}-${i}`}>{order}</label>
                  <input
                    id={`responder-${r.id}-${i}`}
                    value={people[r.id]?.[i] ?? ''}
                    maxLength={120}
                    onChange={(e) => setPerson(r.id, i, e.target.value)}
                  />
                </span>
              ))}
            </fieldset>
          ))}
      </div>
      <LockableFields lock={lock} id="reconcile-coverage" legend={<h3>Coverage</h3>}>
        <label htmlFor="coverage-weeks">See every teacher at least every</label>
        <select
          id="coverage-weeks"
          value={coverageWeeks}
          onChange={(e) => setCoverageWeeks(Number(e.target.value) as CoverageWeeks)}
        >
          {COVERAGE_WEEKS.map((w) => (
            <option key={w} value={w}>
              {w === 1 ? 'week' : `${w} weeks`}
            </option>
          ))}
        </select>
      </LockableFields>
      <h3>Reminders</h3>
      <label className="choice">
        <input type="checkbox" checked={badge} onChange={(e) => setBadge(e.target.checked)} /> Show the number of days
        to reconcile on the toolbar button
      </label>
      <label className="choice">
        <input
          type="checkbox"
          checked={reminder.enabled}
          onChange={(e) => setReminder({ ...reminder, enabled: e.target.checked })}
        />{' '}
        A daily notification on school days, when a day is left to reconcile
      </label>
      <label htmlFor="reminder-time">Notification time</label>
      <input
        id="reminder-time"
        type="time"
        value={reminder.time}
        disabled={!reminder.enabled}
        onChange={(e) => setReminder({ ...reminder, time: e.target.value })}
      />
      <h3>Who keeps your calendar</h3>
      <label htmlFor="keeper-name">
        Your assistant principal or SAM (offers "Hand to …" for a block that did not happen)
      </label>
      <input id="keeper-name" value={keeper} maxLength={80} onChange={(e) => setKeeper(e.target.value)} />
      <p>
        <button type="submit" className="primary">
          Save the daily reconcile
        </button>
      </p>
      <FormStatus status={status} />
    </form>
  );
}
