import { type KeyboardEvent, useState } from 'react';
import type { TeacherRef } from '../../lib/domain/events/answer';
import { teacherRef, type StaffMember } from '../../lib/domain/reconcile/staff';

interface Props {
  label: string;
  staff: readonly StaffMember[];
  /** Staff the block's title names: offered first, each with a number key. */
  suggested: readonly StaffMember[];
  initial: readonly TeacherRef[];
  /** A name typed that is not on the staff list yet: added to it. */
  addTeacher: (name: string) => Promise<TeacherRef>;
  onDone: (teachers: TeacherRef[]) => void;
}

/**
 * Which teachers a visit saw (each is owed feedback) or a conversation was with. The teachers the title names are
 * one key away; any other teacher is typed (the staff list completes the name). Enter says "done".
 */
export function TeacherPicker({ label, staff, suggested, initial, addTeacher, onDone }: Props) {
  const [chosen, setChosen] = useState<TeacherRef[]>([...initial]);
  const [typed, setTyped] = useState('');
  const [problem, setProblem] = useState('');
  const toggle = (t: TeacherRef) =>
    setChosen((list) => (list.some((c) => c.key === t.key) ? list.filter((c) => c.key !== t.key) : [...list, t]));
  const addTyped = async () => {
    const name = typed.trim();
    if (!name) return;
    const known = staff.find((m) => m.name.toLowerCase() === name.toLowerCase());
    try {
      const ref = known ? teacherRef(known) : await addTeacher(name);
      setChosen((list) => (list.some((c) => c.key === ref.key) ? list : [...list, ref]));
      setTyped('');
      setProblem('');
    } catch (error) {
      setProblem(error instanceof Error ? error.message : String(error));
    }
  };
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.altKey || e.ctrlKey || e.metaKey || (e.target as HTMLElement).tagName === 'INPUT') return;
    // On a teacher's chip, Space (or its number) picks and Enter is "Done": the list is answered in two keys.
    if (e.key === 'Enter' && (e.target as HTMLElement).hasAttribute('aria-pressed')) {
      e.preventDefault();
      onDone(chosen);
      return;
    }
    if (/^[1-9]$/.test(e.key) && suggested[Number(e.key) - 1]) {
      e.preventDefault();
      toggle(teacherRef(suggested[Number(e.key) - 1]!));
    }
  };
  const listId = 'staff-names';
  return (
    <div role="group" aria-label={label} onKeyDown={onKeyDown} className="teacher-picker">
      <p className="step-question">{label}</p>
      {suggested.length > 0 && <p className="muted">A number or Space picks a teacher; Enter is "Done".</p>}
      {suggested.length > 0 && (
        <div className="choices">
          {suggested.map((m, i) => {
            const on = chosen.some((c) => c.key === m.key);
            return (
              <button
                key={m.key}
                type="button"
                aria-pressed={on}
                aria-keyshortcuts={String(i + 1)}
                data-first={i === 0 || undefined}
                onClick={() => toggle(teacherRef(m))}
              >
                <span className="key" aria-hidden="true">
                  {i + 1}
                </span>{' '}
                {m.name}
              </button>
            );
          })}
        </div>
      )}
      <label htmlFor="teacher-name">{suggested.length ? 'Another teacher' : 'Teacher'}</label>
      <input
        id="teacher-name"
        list={listId}
        value={typed}
        autoComplete="off"
        data-first={suggested.length === 0 || undefined}
        onChange={(e) => setTyped(e.target.value)}
        onKeyDown={(e) => {
          if (e.key !== 'Enter') return;
          e.preventDefault();
          if (typed.trim()) void addTyped();
          else onDone(chosen);
        }}
      />
      <datalist id={listId}>
        {staff.map((m) => (
          <option key={m.key} value={m.name} />
        ))}
      </datalist>{' '}
      <button type="button" onClick={() => void addTyped()} disabled={!typed.trim()}>
        Add
      </button>
      {problem && <p className="error">{problem}</p>}
      {chosen.length > 0 && (
        <p className="muted" aria-live="polite">
          Seen: {chosen.map((c) => c.name).join(', ')}
        </p>
      )}
      <p>
        <button type="button" className="primary" onClick={() => onDone(chosen)}>
          Done
        </button>
      </p>
    </div>
  );
}
