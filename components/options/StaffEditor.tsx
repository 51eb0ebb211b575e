import { useState } from 'react';
import { parseStaffText, type StaffMember, type StaffParse, type StaffRow } from '../../lib/domain/reconcile/staff';
import { FormStatus, type StatusText } from '../common/FormStatus';

export interface StaffActions {
  add(rows: readonly StaffRow[]): Promise<{ added: number; known: number }>;
  remove(key: string): Promise<void>;
  /** Reads a CSV file into rows, or refuses it with a sentence (too large, not a list). */
  readFile(file: File): Promise<StaffParse>;
}

interface Props {
  staff: readonly StaffMember[];
  actions: StaffActions;
}

/**
 * The staff list: teachers typed or pasted (names or e-mail addresses, one a line) or imported from a CSV file,
 * always through a preview — duplicates merged, bad rows named, and nothing added while a row is wrong.
 */
export function StaffEditor({ staff, actions }: Props) {
  const [text, setText] = useState('');
  const [preview, setPreview] = useState<{ from: string; parse: StaffParse } | null>(null);
  const [status, setStatus] = useState<StatusText>(null);
  const fail = (error: unknown) =>
    setStatus({ ok: false, text: error instanceof Error ? error.message : String(error) });
  const add = async () => {
    if (!preview) return;
    try {
      const { added, known } = await actions.add(preview.parse.rows);
      setStatus({
        ok: true,
        text: `Added ${added} ${added === 1 ? 'teacher' : 'teachers'}${known ? `; ${known} already on the list` : ''}.`,
      });
      setPreview(null);
      setText('');
    } catch (error) {
      fail(error);
    }
  };
  return (
    <section className="card" aria-labelledby="staff-heading">
      <h2 id="staff-heading">Staff list</h2>
      <p className="muted">
        The teachers you visit and give feedback to: names and school e-mail addresses only. Never add students.
      </p>
      <label htmlFor="staff-text">Type or paste teachers, one a line</label>
      <textarea
        id="staff-text"
        rows={4}
        value={text}
        placeholder={'Maria Patel\njames.chen@lincoln.k12.us\nAna Ruiz, ana.ruiz@lincoln.k12.us'}
        onChange={(e) => setText(e.target.value)}
      />
      <p>
        <button
          type="button"
          disabled={!text.trim()}
          onClick={() => setPreview({ from: 'What you typed', parse: parseStaffText(text) })}
        >
          Preview
        </button>{' '}
        <label htmlFor="staff-file" className="inline">
          or import a CSV file
        </label>{' '}
        <input
          id="staff-file"
          type="file"
          accept=".csv,text/csv,.txt,text/plain"
          onChange={(e) => {
            const file = e.target.files?.[0];
            e.target.value = '';
            if (!file) return;
            actions
              .readFile(file)
              .then((parse) => setPreview({ from: file.name, parse }))
              .catch((error: unknown) => {
                setPreview(null);
                fail(error);
              });
          }}
        />
      </p>
      {preview && (
        <div data-testid="staff-preview" className="preview">
          <h3>{preview.from}</h3>
          <p>
            {preview.parse.rows.length} {preview.parse.rows.length === 1 ? 'teacher' : 'teachers'}
            {preview.parse.duplicates ? `; ${preview.parse.duplicates} repeated rows merged` : ''}.
          </p>
          {preview.parse.problems.length > 0 ? (
            <>
              <p className="error">
                {preview.parse.problems.length} {preview.parse.problems.length === 1 ? 'row is' : 'rows are'} not a
                teacher. Fix {preview.parse.problems.length === 1 ? 'it' : 'them'} and try again; nothing was added.
              </p>
              <ul>
                {preview.parse.problems.map((p) => (
                  <li key={p.line}>
                    Line {p.line} ("{p.text}"): {p.why}
                  </li>
                ))}
              </ul>
            </>
          ) : (
            <>
              <div className="table-scroll" tabIndex={0} role="region" aria-label="Teachers to add">
                <table>
                  <thead>
                    <tr>
                      <th scope="col">Name</th>
                      <th scope="col">E-mail</th>
                    </tr>
                  </thead>
                  <tbody>
                    {preview.parse.rows.map((r) => (
                      <tr key={`${r.name}|${r.email ?? ''}`}>
                        <td>{r.name}</td>
                        <td>{r.email ?? '—'}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
              <button
                type="button"
                className="primary"
                disabled={preview.parse.rows.length === 0}
                onClick={() => void add()}
              >
                Add {preview.parse.rows.length} {preview.parse.rows.length === 1 ? 'teacher' : 'teachers'}
              </button>{' '}
            </>
          )}
          <button type="button" onClick={() => setPreview(null)}>
            Cancel
          </button>
        </div>
      )}
      <FormStatus status={status} />
      <h3>On the list ({staff.length})</h3>
      {staff.length === 0 ? (
        <p className="muted">No teachers yet.</p>
      ) : (
        <ul className="plain-list staff-list">
          {staff.map((m) => (
            <li key={m.key}>
              {m.name} {m.email && <span className="muted">{m.email}</span>}{' '}
              <button type="button" onClick={() => void actions.remove(m.key).catch(fail)}>
                Remove<span className="sr-only"> {m.name}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
