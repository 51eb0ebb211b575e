import { useState } from 'react';
import { GOOGLE_EVENT_COLORS } from '../../lib/domain/events/colors';
import type { ColourKeyId, SeenColour } from '../../lib/rules/colour-key';
import { ActivityOptionGroups } from '../common/ActivityOptionGroups';
import { FormStatus, type StatusText } from '../common/FormStatus';
import { type Lock, LockNote } from '../common/Locked';

interface Props {
  /** colour → activity, as the rules stand. */
  colourKey: ReadonlyMap<ColourKeyId, string>;
  onChange(color: ColourKeyId, activity: string | null, name?: string): Promise<void>;
  /** A district's colour key (colour → activity), and the lock when it is locked. */
  district?: { key: ReadonlyMap<ColourKeyId, string>; lock: Lock | null; by: string };
  /** Colours beyond Google's palette seen on the leader's calendars lately (custom Google colours, Outlook's). */
  seen?: readonly SeenColour[];
  /** The names of the key's own colours (a custom colour as it was named when its meaning was set). */
  labels?: ReadonlyMap<ColourKeyId, string>;
}

interface Row {
  id: ColourKeyId;
  label: string;
  hex?: string | undefined;
  detail?: string | undefined;
}

/**
 * The team's colour code: what each colour means. Google's eleven palette colours, then the colours actually seen on
 * the leader's calendars (a custom Google colour by its name, an Outlook category's colour), then any colour of the
 * key no longer seen: renamed or no longer used, so its rule matches nothing, and the card says so.
 */
export function ColourKeyCard({ colourKey, onChange, district, seen = [], labels = new Map() }: Props) {
  const [status, setStatus] = useState<StatusText>(null);
  const seenIds = new Set(seen.map((s) => s.id));
  const palette: Row[] = GOOGLE_EVENT_COLORS.map((c) => ({ id: c.id, label: c.name, hex: c.hex[0] }));
  const others: Row[] = seen.map((s) => ({
    id: s.id,
    label: s.label,
    hex: s.hex,
    detail: `${s.events} ${s.events === 1 ? 'event' : 'events'} lately`,
  }));
  const stale: Row[] = [...colourKey.keys()]
    .filter((id) => !palette.some((p) => p.id === id) && !seenIds.has(id))
    .map((id) => ({ id, label: labels.get(id) ?? id, detail: 'not seen on your calendars lately' }));

  const row = (c: Row) => {
    const key = `colour-${c.id.replace(/[^a-z0-9]+/gi, '-')}`;
    const districts = district?.key.get(c.id);
    const locked = districts !== undefined && district?.lock != null;
    const value = locked ? districts : (colourKey.get(c.id) ?? districts ?? '');
    return (
      <li key={c.id}>
        {c.hex && <span className="swatch" style={{ background: c.hex }} aria-hidden="true" />}
        <label htmlFor={key} className="inline">
          {c.label}
        </label>{' '}
        <select
          id={key}
          value={value}
          disabled={locked}
          aria-describedby={
            locked
              ? 'colour-key-lock'
              : districts && !colourKey.has(c.id)
                ? `${key}-from`
                : c.detail
                  ? `${key}-detail`
                  : undefined
          }
          onChange={async (e) => {
            const activity = e.target.value || null;
            try {
              await onChange(c.id, activity, c.label);
              setStatus({
                ok: true,
                text: activity ? `${c.label} events are now tagged by colour.` : `${c.label} no longer means anything.`,
              });
            } catch (error) {
              setStatus({ ok: false, text: error instanceof Error ? error.message : String(error) });
            }
          }}
        >
          <option value="">— no meaning —</option>
          <ActivityOptionGroups />
        </select>
        {districts && !locked && !colourKey.has(c.id) ? (
          <span id={`${key}-from`} className="muted">
            {' '}
            {district!.by}'s key
          </span>
        ) : (
          c.detail && (
            <span id={`${key}-detail`} className="muted">
              {' '}
              {c.detail}
            </span>
          )
        )}
      </li>
    );
  };

  return (
    <section className="card" aria-labelledby="colour-key-heading">
      <h2 id="colour-key-heading">Colour key</h2>
      <p className="muted">
        If you or the person who keeps your calendar colour-code events, say what each colour means. An event with its
        own colour is then tagged by it (a suggestion you confirm; your own tags win).
      </p>
      {district?.lock && <LockNote lock={district.lock} id="colour-key-lock" />}
      <ul className="colour-key">{palette.map(row)}</ul>
      {others.length > 0 && (
        <>
          <h3>Other colours on your calendars</h3>
          <p className="muted">
            Google Calendar's custom colours by the name they were given, and the colours Outlook drew on events (an
            Outlook category's colour, since the page does not name the category).
          </p>
          <ul className="colour-key" data-testid="colours-seen">
            {others.map(row)}
          </ul>
        </>
      )}
      {stale.length > 0 && (
        <>
          <h3>No longer seen</h3>
          <p className="muted" data-testid="colours-stale">
            {stale.length === 1 ? 'This colour has' : 'These colours have'} not been seen on your calendars lately, so{' '}
            {stale.length === 1 ? 'its rule matches' : 'their rules match'} nothing: renamed, or no longer used? Give
            the new name its meaning above, then clear the old one.
          </p>
          <ul className="colour-key">{stale.map(row)}</ul>
        </>
      )}
      <FormStatus status={status} />
    </section>
  );
}
