import { activitiesOfKind, KIND_LABELS, KINDS } from '../../lib/domain/events/activities';

/** Every activity a person may pick, grouped by kind: the options of an activity `<select>`. */
export function ActivityOptionGroups() {
  return (
    <>
      {KINDS.map((kind) => (
        <optgroup key={kind} label={KIND_LABELS[kind]}>
          {activitiesOfKind(kind).map((a) => (
            <option key={a.id} value={a.id}>
              {a.label}
            </option>
          ))}
        </optgroup>
      ))}
    </>
  );
}
