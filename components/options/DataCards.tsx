import { useState } from 'react';
import type { TrendRow } from '../../lib/domain/files/trend-format';
import { FormStatus, type StatusText } from '../common/FormStatus';
import { WeeklyRowsTable } from '../common/WeeklyRowsTable';

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

export interface DataProps {
  defaultFrom: string;
  defaultTo: string;
  icsFrom: string;
  icsTo: string;
  actions: DataActions;
}

/** A card's one status line, and a runner that puts a job's result (or its error) there. */
function useStatus() {
  const [status, setStatus] = useState<StatusText>(null);
  const attempt = async (work: () => Promise<string>) => {
    try {
      setStatus({ ok: true, text: await work() });
    } catch (error) {
      setStatus({ ok: false, text: error instanceof Error ? error.message : String(error) });
    }
  };
  return { status, setStatus, attempt };
}

/** The coach export, with a preview of exactly what is shared before anything is downloaded. */
export function ExportCard({
  defaultFrom,
  defaultTo,
  actions,
  coachName = null,
}: Pick<DataProps, 'defaultFrom' | 'defaultTo' | 'actions'> & { coachName?: string | null }) {
  const [from, setFrom] = useState(defaultFrom);
  const [to, setTo] = useState(defaultTo);
  const [preview, setPreview] = useState<TrendRow[] | null>(null);
  const { status, setStatus, attempt } = useStatus();
  return (
    <section className="card" aria-labelledby="export-heading">
      <h2 id="export-heading">{coachName ? `Share trends with ${coachName}` : 'Share trends with your coach'}</h2>
      <p>
        One row per week of totals: hours by kind, walkthroughs, coaching, reclaimed and redirected hours; and from the
        daily reconcile, protected time lost by reason, feedback within two days, coverage and days reconciled. No event
        titles, places, teacher or student names, and none of your own words, are ever included.
      </p>
      <p className="muted">
        For a district that loads these files into its own tools: the file's columns, types and units as a{' '}
        <a href="trend-file/table-schema.json" download>
          table schema (CSV)
        </a>{' '}
        and a{' '}
        <a href="trend-file/trend-export.schema.json" download>
          JSON schema (JSON)
        </a>
        .
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
            })
          }
        >
          Preview what will be shared
        </button>
      </p>
      {preview && (
        <>
          <WeeklyRowsTable rows={preview} label="Preview of the export" full testId="export-preview" />
          <p>
            <button
              type="button"
              className="primary"
              onClick={() => {
                actions.exportCsv(preview);
                setStatus({ ok: true, text: 'Trend CSV downloaded.' });
              }}
            >
              Export trend CSV
            </button>{' '}
            <button
              type="button"
              onClick={() => {
                actions.exportJson(preview);
                setStatus({ ok: true, text: 'Trend JSON downloaded.' });
              }}
            >
              Export trend JSON
            </button>
          </p>
        </>
      )}
      <FormStatus status={status} />
    </section>
  );
}

/** Backup (everything, titles included) and restore. */
export function BackupCard({ actions }: Pick<DataProps, 'actions'>) {
  const { status, attempt } = useStatus();
  return (
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
            })
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
          if (file) void attempt(() => actions.restoreBackup(file));
          e.target.value = '';
        }}
      />
      <FormStatus status={status} />
    </section>
  );
}

/** History from an .ics export, so the record does not start today. */
export function IcsCard({ icsFrom, icsTo, actions }: Pick<DataProps, 'icsFrom' | 'icsTo' | 'actions'>) {
  const [icsRange, setIcsRange] = useState({ from: icsFrom, to: icsTo });
  const { status, attempt } = useStatus();
  return (
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
          if (file) void attempt(() => actions.importIcs(file, icsRange.from, icsRange.to));
          e.target.value = '';
        }}
      />
      <FormStatus status={status} />
    </section>
  );
}

/** "Delete all my data", behind a confirmation. */
export function DeleteCard({ actions }: Pick<DataProps, 'actions'>) {
  const [confirming, setConfirming] = useState(false);
  const { status, attempt } = useStatus();
  return (
    <section className="card" aria-labelledby="delete-heading">
      <h2 id="delete-heading">Delete all my data</h2>
      <p>
        Removes every event, tag, rule change, time-saved entry, plan, nudge, coach file and setting from this browser.
        This cannot be undone; download a backup first if you may want it back.
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
              })
            }
          >
            Yes, delete everything
          </button>{' '}
          <button type="button" onClick={() => setConfirming(false)}>
            Keep my data
          </button>
        </p>
      )}
      <FormStatus status={status} />
    </section>
  );
}
