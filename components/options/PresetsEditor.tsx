import { useRef, useState } from 'react';
import { activitiesOfKind } from '../../lib/domain/events/activities';
import type { Settings } from '../../lib/domain/settings/settings';
import { FormStatus, type StatusText } from '../common/FormStatus';

type Preset = Settings['presets'][number];

interface Props {
  presets: readonly Preset[];
  onSave: (presets: Preset[]) => Promise<void>;
}

/** The one-click tasks offered in "Log time saved". */
export function PresetsEditor({ presets, onSave }: Props) {
  // Each row keeps its own key, so removing a row never moves another row's focus or input.
  const nextKey = useRef(0);
  const keyed = (row: { task: string; minutes: string; fromActivity: string }) => ({ ...row, key: nextKey.current++ });
  const [rows, setRows] = useState(() => presets.map((p) => keyed({ ...p, minutes: String(p.minutes) })));
  const [status, setStatus] = useState<StatusText>(null);
  const update = (i: number, patch: Partial<(typeof rows)[number]>) =>
    setRows(rows.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  const save = async () => {
    try {
      await onSave(rows.map((r) => ({ task: r.task, minutes: Number(r.minutes), fromActivity: r.fromActivity })));
      setStatus({ ok: true, text: 'Presets saved.' });
    } catch (error) {
      setStatus({ ok: false, text: error instanceof Error ? error.message : String(error) });
    }
  };
  return (
    <section className="card" aria-labelledby="presets-heading">
      <h2 id="presets-heading">Time-saved presets</h2>
      <table>
        <thead>
          <tr>
            <th scope="col">Task</th>
            <th scope="col">Minutes</th>
            <th scope="col">Comes from</th>
            <th scope="col">
              <span className="sr-only">Remove</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r, i) => (
            <tr key={r.key}>
              <td>
                <input
                  aria-label={`Preset ${i + 1} task`}
                  value={r.task}
                  onChange={(e) => update(i, { task: e.target.value })}
                />
              </td>
              <td>
                <input
                  aria-label={`Preset ${i + 1} minutes`}
                  type="number"
                  min="1"
                  value={r.minutes}
                  onChange={(e) => update(i, { minutes: e.target.value })}
                />
              </td>
              <td>
                <select
                  aria-label={`Preset ${i + 1} comes from`}
                  value={r.fromActivity}
                  onChange={(e) => update(i, { fromActivity: e.target.value })}
                >
                  {activitiesOfKind('operational').map((a) => (
                    <option key={a.id} value={a.id}>
                      {a.label}
                    </option>
                  ))}
                </select>
              </td>
              <td>
                <button
                  type="button"
                  onClick={() => setRows(rows.filter((_, j) => j !== i))}
                  aria-label={`Remove preset ${i + 1}`}
                >
                  Remove
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p>
        <button
          type="button"
          onClick={() => setRows([...rows, keyed({ task: '', minutes: '30', fromActivity: 'email-office' })])}
        >
          Add a preset
        </button>{' '}
        <button type="button" className="primary" onClick={() => void save()}>
          Save presets
        </button>
      </p>
      <FormStatus status={status} />
    </section>
  );
}
