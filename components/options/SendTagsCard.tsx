import { useState } from 'react';
import { activityLabel, KIND_LABELS } from '../../lib/domain/events/activities';
import type { KeptCalendar } from '../../lib/domain/events/calendars';
import { formatDay, formatTime } from '../../lib/domain/time/format';
import type { TagsPreviewRow } from '../../lib/live/send-tags';
import { FormStatus, type StatusText } from '../common/FormStatus';

export interface SendTagsActions {
  /** Exactly the events and tags the file would hold. */
  preview(calendar: KeptCalendar, from: string, to: string): Promise<TagsPreviewRow[]>;
  download(calendar: KeptCalendar, sender: string, from: string, to: string): Promise<number>;
}

interface Props {
  calendar: KeptCalendar;
  /** Who the principal will read the tags are from; the signed-in account's name by default. */
  defaultSender: string;
  defaultFrom: string;
  defaultTo: string;
  actions: SendTagsActions;
}

/** "Send tags to <name>": the assistant's tags on a calendar they keep, previewed, then saved as a file. */
export function SendTagsCard({ calendar, defaultSender, defaultFrom, defaultTo, actions }: Props) {
  const [from, setFrom] = useState(defaultFrom);
  const [to, setTo] = useState(defaultTo);
  const [sender, setSender] = useState(defaultSender);
  const [preview, setPreview] = useState<TagsPreviewRow[] | null>(null);
  const [status, setStatus] = useState<StatusText>(null);
  const id = calendar.calendarId.replace(/[^a-zA-Z0-9]+/g, '-');
  const attempt = async (work: () => Promise<string>) => {
    try {
      setStatus({ ok: true, text: await work() });
    } catch (error) {
      setStatus({ ok: false, text: error instanceof Error ? error.message : String(error) });
    }
  };
  const reset = () => setPreview(null);
  return (
    <section className="card" aria-labelledby={`send-${id}`} id="send-tags">
      <h2 id={`send-${id}`}>Send tags to {calendar.name}</h2>
      <p>
        The tags you set on {calendar.name}'s calendar, for {calendar.name} to load in their side panel ("Tags from your
        assistant"). Suggestions you did not confirm are not sent.
      </p>
      <label htmlFor={`send-from-${id}`}>From the week of</label>
      <input
        id={`send-from-${id}`}
        type="date"
        value={from}
        onChange={(e) => {
          setFrom(e.target.value);
          reset();
        }}
      />
      <label htmlFor={`send-to-${id}`}>To the week of</label>
      <input
        id={`send-to-${id}`}
        type="date"
        value={to}
        onChange={(e) => {
          setTo(e.target.value);
          reset();
        }}
      />
      <label htmlFor={`send-sender-${id}`}>Your name, as {calendar.name} will see it</label>
      <input id={`send-sender-${id}`} type="text" value={sender} onChange={(e) => setSender(e.target.value)} />
      <p>
        <button
          type="button"
          onClick={() =>
            void attempt(async () => {
              const rows = await actions.preview(calendar, from, to);
              setPreview(rows);
              return `${rows.length} tagged ${rows.length === 1 ? 'event' : 'events'} ready. This is exactly what the file will hold.`;
            })
          }
        >
          Preview what will be sent
        </button>
      </p>
      {preview && (
        <>
          <p className="muted">
            Google Calendar events are named in the file by their event id only — no titles, places or guests. Outlook
            events are named by their start, end and title, because Outlook gives each mailbox its own ids.
          </p>
          {preview.length > 0 && (
            <div className="table-scroll" tabIndex={0} role="region" aria-label={`Tags for ${calendar.name}`}>
              <table data-testid="send-tags-preview">
                <thead>
                  <tr>
                    <th scope="col">When</th>
                    <th scope="col">Event (shown to you only)</th>
                    <th scope="col">Named by</th>
                    <th scope="col">Tag</th>
                  </tr>
                </thead>
                <tbody>
                  {preview.map((row) => (
                    <tr key={row.key}>
                      <td>
                        {formatDay(row.start)} {formatTime(row.start)}
                      </td>
                      <td>{row.title || '(No title)'}</td>
                      <td>{row.namedBy}</td>
                      <td>
                        {KIND_LABELS[row.kind]}: {activityLabel(row.activity)}
                        {row.answer
                          ? ` — ${row.answer}`
                          : row.status && row.status !== 'planned'
                            ? ` (${row.status})`
                            : ''}
                        {row.confirmed ? ' — confirmed' : ''}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          <p>
            <button
              type="button"
              className="primary"
              disabled={preview.length === 0}
              onClick={() =>
                void attempt(async () => {
                  const n = await actions.download(calendar, sender, from, to);
                  return `Tags file for ${calendar.name} downloaded (${n} ${n === 1 ? 'tag' : 'tags'}). Send it to them as you would any file.`;
                })
              }
            >
              Download tags file
            </button>
          </p>
        </>
      )}
      <FormStatus status={status} />
    </section>
  );
}
