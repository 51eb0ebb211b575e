import type { ReactNode } from 'react';
import type { District } from '../../lib/domain/settings/district';
import type { Lockable } from '../../lib/domain/settings/policy';

/** Who set a locked setting, for "Set by Lincoln USD" (null: the leader may change it). */
export interface Lock {
  by: string;
  contact: string | null;
}

export function lockOf(district: District | undefined, setting: Lockable): Lock | null {
  if (!district?.locked.includes(setting)) return null;
  return { by: district.organization ?? 'your district', contact: district.supportContact };
}

/** The visible reason a control cannot be changed; controls point to it with aria-describedby. */
export function LockNote({ lock, id }: { lock: Lock; id: string }) {
  return (
    <p id={id} className="locked-note">
      <span aria-hidden="true">🔒 </span>
      Set by {lock.by}. Your district manages this setting{lock.contact ? `; ask ${lock.contact} to change it` : ''}.
    </p>
  );
}

/**
 * Controls a district may lock: with a lock they are disabled and say why, in words and to screen readers (the
 * fieldset's description is read with each control in it).
 */
export function LockableFields({
  lock,
  id,
  legend,
  children,
}: {
  lock: Lock | null;
  id: string;
  legend: ReactNode;
  children: ReactNode;
}) {
  const noteId = `${id}-lock`;
  return (
    <fieldset id={id} disabled={lock !== null} aria-describedby={lock ? noteId : undefined} className="lockable">
      <legend>{legend}</legend>
      {lock && <LockNote lock={lock} id={noteId} />}
      {children}
    </fieldset>
  );
}
