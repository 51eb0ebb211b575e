import { useState } from 'react';
import { activitiesOfKind, KIND_LABELS, KINDS } from '../../lib/domain/events/activities';
import { GOOGLE_EVENT_COLORS, type GoogleColorId } from '../../lib/domain/events/colors';
import { FormStatus, type StatusText } from '../common/FormStatus';
import { type Lock, LockNote } from '../common/Locked';

interface Props {
  /** colour → activity, as the rules stand. */
  colourKey: ReadonlyMap<GoogleColorId, string>;
  onChange(color: GoogleColorId, activity: string | null): Promise<void>;
  /** A district's colour key (colour → activity), and the lock when it is locked. */
  district?: { key: ReadonlyMap<GoogleColorId, string>; lock: Lock | null; by: string };
}

/**
 * The team's colour code: what each of Google Calendar's event colours means. An assistant principal who keeps
 * the principal's calendar colours events there; the principal's extension tags them from the colour alone.
 */
export function ColourKeyCard({ colourKey, onChange, district }: Props) {
  const [status, setStatus] = useState<StatusText>(null);
  return (
    <section className="card" aria-labelledby="colour-key-heading">
      <h2 id="colour-key-heading">Colour key</h2>
      <p className="muted">
        If you or the person who keeps your calendar colour-code events in Google Calendar, say what each colour means.
        An event with its own colour is then tagged by it (a suggestion you confirm; your own tags win).
      </p>
      {district?.lock && <LockNote lock={district.lock} id="colour-key-lock" />}
      <ul className="colour-key">
        {GOOGLE_EVENT_COLORS.map((c) => {
          const districts = district?.key.get(c.id);
          const locked = districts !== undefined && district?.lock != null;
          const value = locked ? districts : (colourKey.get(c.id) ?? districts ?? '');
          return (
            <li key={c.id}>
              <span className="swatch" style={{ background: c.hex[0] }} aria-hidden="true" />
              <label htmlFor={`colour-${c.id}`} className="inline">
                {c.name}
              </label>{' '}
              <select
                id={`colour-${c.id}`}
                value={value}
                disabled={locked}
                aria-describedby={
                  locked ? 'colour-key-lock' : districts && !colourKey.has(c.id) ? `colour-${c.id}-from` : undefined
                }
                onChange={async (e) => {
                  const activity = e.target.value || null;
                  try {
                    await onChange(c.id, activity);
                    setStatus({
                      ok: true,
                      text: activity
                        ? `${c.name} events are now tagged by colour.`
                        : `${c.name} no longer means anything.`,
                    });
                  } catch (error) {
                    setStatus({ ok: false, text: error instanceof Error ? error.message : String(error) });
                  }
                }}
              >
                <option value="">— no meaning —</option>
                {KINDS.map((kind) => (
                  <optgroup key={kind} label={KIND_LABELS[kind]}>
                    {activitiesOfKind(kind).map((a) => (
                      <option key={a.id} value={a.id}>
                        {a.label}
                      </option>
                    ))}
                  </optgroup>
                ))}
              </select>
              {districts && !locked && !colourKey.has(c.id) && (
                <span id={`colour-${c.id}-from`} className="muted">
                  {' '}
                  {district!.by}'s key
                </span>
              )}
            </li>
          );
        })}
      </ul>
      <p className="muted">
        Outlook on the web does not show an event's categories on the calendar page, so this key is for Google Calendar.
      </p>
      <FormStatus status={status} />
    </section>
  );
}
