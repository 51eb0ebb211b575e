import { useState } from 'react';
import { formatHours, formatPercent } from '../lib/domain/format';
import type { TrendRow } from '../lib/domain/trend-format';

export interface DataActions {
  /** Trend rows for weeks from..to (ISO week keys), exactly what an export would contain. */
  trendRows(from: string, to: string): Promise<TrendRow[]>;
  exportCsv(rows: TrendRow[]): void;
  exportJson(rows: TrendRow[]): void;
  downloadBackup(): Promise<void>;
  restoreBackup(file: File): Promise<string>;
  importIcs(file: File, from: string, to: string): Promise<string>;
  deleteAll(): Promise<void>;
}

interface Props {
  defaultFrom: string;
  defaultTo: string;
  icsFrom: string;
  icsTo: string;
  actions: DataActions;
}

function Status({ status }: { status: { ok: boolean; text: string } | null }) {
  return (
    <p role="status" className={status?.ok === false ? 'error' : undefined}>
      {status?.text}
    </p>
  );
}

/** Data in and out: the coach export (with a preview of exactly what is shared), backup, restore, .ics import, delete. */
export function DataPanel({ defaultFrom, defaultTo, icsFrom, icsTo, actions }: Props) {
  const [from, setFrom] = useState(defaultFrom);
  const [to, setTo] = useState(defaultTo);
  const [preview, setPreview] = useState<TrendRow[] | null>(null);
  const [exportStatus, setExportStatus] = useState<{ ok: boolean; text: string } | null>(null);
  const [backupStatus, setBackupStatus] = useState<{ ok: boolean; text: string } | null>(null);
  const [icsStatus, setIcsStatus] = useState<{ ok: boolean; text: string } | null>(null);
  const [icsRange, setIcsRange] = useState({ from: icsFrom, to: icsTo });
  const [confirming, setConfirming] = useState(false);
  const [deleteStatus, setDeleteStatus] = useState<{ ok: boolean; text: string } | null>(null);

  const attempt = async (work: () => Promise<string>, set: (s: { ok: boolean; text: string }) => void) => {
    try {
      set({ ok: true, text: await work() });
    } catch (error) {
      set({ ok: false, text: error instanceof Error ? error.message : String(error) });
    }
  };

  return (
    <>
      <section className="card" aria-labelledby="export-heading">
        <h2 id="export-heading">Share trends with your coach</h2>
        <p>
          One row per week of totals: hours by kind, walkthroughs, coaching, reclaimed and redirected hours. No event
          titles, places or names are ever included.
        </p>
        <label htmlFor="export-from">From the week of</label>
        <input
          id="export-from"
          type="date"
          value={from}
          onChange={(e) => {
            setFrom(e.target.value);
            setPreview(null);
          }}
        />
        <label htmlFor="export-to">To the week of</label>
        <input
          id="export-to"
          type="date"
          value={to}
          onChange={(e) => {
            setTo(e.target.value);
            setPreview(null);
          }}
        />
        <p>
          <button
            type="button"
            onClick={() =>
              void attempt(async () => {
                const rows = await actions.trendRows(from, to);
                setPreview(rows);
                return `${rows.length} weeks ready. This is exactly what the file will contain.`;
              }, setExportStatus)
            }
          >
            Preview what will be shared
          </button>
        </p>
        {preview && (
          <>
            <div className="table-scroll" tabIndex={0} role="region" aria-label="Preview of the export">
              <table data-testid="export-preview">
                <thead>
                  <tr>
                    <th scope="col">Leader</th>
                    <th scope="col">Week</th>
                    <th scope="col">Worked</th>
                    <th scope="col">Walkthroughs</th>
                    <th scope="col">Coaching</th>
                    <th scope="col">Reclaimed</th>
                    <th scope="col">Redirected</th>
                    <th scope="col">Rate</th>
                  </tr>
                </thead>
                <tbody>
                  {preview.map((r) => (
                    <tr key={r.week_start}>
                      <td>{r.leader}</td>
                      <th scope="row">{r.week_start}</th>
                      <td>{formatHours(r.worked_hours)}</td>
                      <td>{formatHours(r.walkthrough_hours)}</td>
                      <td>{formatHours(r.coaching_hours)}</td>
                      <td>{formatHours(r.reclaimed_hours)}</td>
                      <td>{formatHours(r.redirected_hours)}</td>
                      <td>{formatPercent(r.redirect_rate)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            <p>
              <button
                type="button"
                className="primary"
                onClick={() => {
                  actions.exportCsv(preview);
                  setExportStatus({ ok: true, text: 'Trend CSV downloaded.' });
                }}
              >
                Export trend CSV
              </button>{' '}
              <button
                type="button"
                onClick={() => {
                  actions.exportJson(preview);
                  setExportStatus({ ok: true, text: 'Trend JSON downloaded.' });
                }}
              >
                Export trend JSON
              </button>
            </p>
          </>
        )}
        <Status status={exportStatus} />
      </section>

      <section className="card" aria-labelledby="backup-heading">
        <h2 id="backup-heading">Backup and restore</h2>
        <p>A backup holds everything, including event titles: keep it somewhere private.</p>
        <p>
          <button
            type="button"
            onClick={() =>
              void attempt(async () => {
                await actions.downloadBackup();
                return 'Backup downloaded.';
              }, setBackupStatus)
            }
          >
            Download backup
          </button>
        </p>
        <label htmlFor="restore-file">Restore backup</label>
        <input
          id="restore-file"
          type="file"
          accept=".json,application/json"
          onChange={(e) => {
            const file = e.target.files?.[0];
            if (file) void attempt(() => actions.restoreBackup(file), setBackupStatus);
            e.target.value = '';
          }}
        />
        <Status status={backupStatus} />
      </section>

      <section className="card" aria-labelledby="ics-heading">
        <h2 id="ics-heading">Import calendar history</h2>
        <p>
          Export your calendar as an .ics file from Google Calendar or Outlook, then import it here so your history does
          not start today.
        </p>
        <label htmlFor="ics-from">Import events from</label>
        <input
          id="ics-from"
          type="date"
          value={icsRange.from}
          onChange={(e) => setIcsRange({ ...icsRange, from: e.target.value })}
        />
        <label htmlFor="ics-to">up to</label>
        <input
          id="ics-to"
          type="date"
          value={icsRange.to}
          onChange={(e) => setIcsRange({ ...icsRange, to: e.target.value })}
        />
        <label htmlFor="ics-file">Import .ics file</label>
        <input
          id="ics-file"
          type="file"
          accept=".ics,text/calendar"
          onChange={(e) => {
            const file = e.target.files?.[0];
            if (file) void attempt(() => actions.importIcs(file, icsRange.from, icsRange.to), setIcsStatus);
            e.target.value = '';
          }}
        />
        <Status status={icsStatus} />
      </section>

      <section className="card" aria-labelledby="delete-heading">
        <h2 id="delete-heading">Delete all my data</h2>
        <p>
          Removes every event, tag, rule change, time-saved entry, plan, nudge, coach file and setting from this
          browser. This cannot be undone; download a backup first if you may want it back.
        </p>
        {!confirming ? (
          <button type="button" onClick={() => setConfirming(true)}>
            Delete all my data
          </button>
        ) : (
          <p role="group" aria-label="Confirm deleting all data">
            <strong>Delete everything now?</strong>{' '}
            <button
              type="button"
              className="danger"
              onClick={() =>
                void attempt(async () => {
                  await actions.deleteAll();
                  setConfirming(false);
                  return 'All data deleted.';
                }, setDeleteStatus)
              }
            >
              Yes, delete everything
            </button>{' '}
            <button type="button" onClick={() => setConfirming(false)}>
              Keep my data
            </button>
          </p>
        )}
        <Status status={deleteStatus} />
      </section>
    </>
  );
}
