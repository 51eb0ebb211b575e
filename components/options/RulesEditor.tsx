import { useMemo, useState, type FormEvent } from 'react';
import { activitiesOfKind, activityLabel, KIND_LABELS, KINDS, type Kind } from '../../lib/domain/events/activities';
import type { CalendarEvent } from '../../lib/domain/events/event';
import { formatDay } from '../../lib/domain/time/format';
import { RULE_FIELDS, type Rule, type RuleField } from '../../lib/rules/rule';
import { FormStatus, type StatusText } from '../common/FormStatus';

export interface RuleActions {
  save(rule: Omit<Rule, 'id' | 'order' | 'builtIn'> & { id?: string }): Promise<void>;
  move(id: string, direction: -1 | 1): Promise<void>;
  remove(id: string): Promise<void>;
  toggle(rule: Rule): Promise<void>;
  preview(draft: Rule): CalendarEvent[];
}

interface Props {
  rules: readonly Rule[];
  actions: RuleActions;
  /** The district whose rules are listed among the leader's (they cannot be edited here). */
  districtName?: string;
}

const FIELD_LABELS: Record<RuleField, string> = {
  title: 'Title',
  calendar: 'Calendar',
  color: 'Colour',
  location: 'Location',
};

/** Keyword rules with explicit order, a live preview of the past events a rule would tag, and "why" on every tag. */
export function RulesEditor({ rules, actions, districtName = 'your district' }: Props) {
  const [editing, setEditing] = useState<string | null>(null);
  const [field, setField] = useState<RuleField>('title');
  const [keywords, setKeywords] = useState('');
  const [kind, setKind] = useState<Kind>('instructional');
  const [activity, setActivity] = useState('walkthrough');
  const [status, setStatus] = useState<StatusText>(null);

  const draft: Rule = {
    id: editing ?? 'draft',
    order: editing ? (rules.find((r) => r.id === editing)?.order ?? 0) : -1,
    enabled: true,
    field,
    keywords: keywords
      .split(',')
      .map((k) => k.trim())
      .filter(Boolean),
    kind,
    activity,
    builtIn: false,
  };
  // The draft is rebuilt every render; its inputs (and the rules it is ranked against) are the dependencies.
  // biome-ignore lint/correctness/useExhaustiveDependencies: draft is derived from the listed inputs.
  const preview = useMemo(
    () => (draft.keywords.length ? actions.preview(draft) : []),
    [actions, field, keywords, kind, activity, editing, rules],
  );

  const startEdit = (rule: Rule) => {
    setEditing(rule.id);
    setField(rule.field);
    setKeywords(rule.keywords.join(', '));
    setKind(rule.kind);
    setActivity(rule.activity);
    document.getElementById('rule-keywords')?.focus();
  };
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    try {
      await actions.save({
        ...(editing ? { id: editing } : {}),
        enabled: true,
        field,
        keywords: draft.keywords,
        kind,
        activity,
      });
      setStatus({
        ok: true,
        text: editing
          ? 'Rule updated and re-applied. Tags you set yourself were kept.'
          : 'Rule added first in the list and applied. Tags you set yourself were kept.',
      });
      setEditing(null);
      setKeywords('');
    } catch (error) {
      setStatus({ ok: false, text: error instanceof Error ? error.message : String(error) });
    }
  };

  return (
    <section className="card" aria-labelledby="rules-heading">
      <h2 id="rules-heading">Tagging rules</h2>
      <p className="muted">
        The first enabled rule that matches an event suggests its tag. Rules never change a tag you set yourself.
      </p>
      <form onSubmit={submit} aria-labelledby="rule-form-heading">
        <h3 id="rule-form-heading">{editing ? 'Edit rule' : 'Add a rule'}</h3>
        <label htmlFor="rule-field">When the</label>
        <select id="rule-field" value={field} onChange={(e) => setField(e.target.value as RuleField)}>
          {RULE_FIELDS.map((f) => (
            <option key={f} value={f}>
              {FIELD_LABELS[f]}
            </option>
          ))}
        </select>
        <label htmlFor="rule-keywords">contains any of (comma-separated)</label>
        <input
          id="rule-keywords"
          value={keywords}
          onChange={(e) => setKeywords(e.target.value)}
          placeholder="e.g. learning walk, instructional rounds"
        />
        <label htmlFor="rule-kind">tag it</label>
        <select
          id="rule-kind"
          value={kind}
          onChange={(e) => {
            const k = e.target.value as Kind;
            setKind(k);
            setActivity(activitiesOfKind(k)[0]!.id);
          }}
        >
          {KINDS.map((k) => (
            <option key={k} value={k}>
              {KIND_LABELS[k]}
            </option>
          ))}
        </select>
        <label htmlFor="rule-activity">as</label>
        <select id="rule-activity" value={activity} onChange={(e) => setActivity(e.target.value)}>
          {activitiesOfKind(kind).map((a) => (
            <option key={a.id} value={a.id}>
              {a.label}
            </option>
          ))}
        </select>
        <div aria-live="polite" data-testid="rule-preview">
          {draft.keywords.length > 0 && (
            <p>
              This rule would tag {preview.length} past {preview.length === 1 ? 'event' : 'events'}
              {preview.length > 0 ? ':' : '.'}
            </p>
          )}
          {preview.length > 0 && (
            <ul>
              {preview.slice(0, 8).map((e) => (
                <li key={e.id}>
                  {e.title} <span className="muted">({formatDay(e.start)})</span>
                </li>
              ))}
              {preview.length > 8 && <li className="muted">and {preview.length - 8} more</li>}
            </ul>
          )}
        </div>
        <p>
          <button type="submit" className="primary">
            {editing ? 'Save rule' : 'Add rule'}
          </button>{' '}
          {editing && (
            <button
              type="button"
              onClick={() => {
                setEditing(null);
                setKeywords('');
              }}
            >
              Cancel
            </button>
          )}
        </p>
        <FormStatus status={status} />
      </form>
      <h3>Rules, in order</h3>
      <ol className="rules">
        {rules.map((rule, i) => (
          <li key={rule.id} className={rule.enabled ? undefined : 'muted'}>
            {rule.district ? (
              <>
                {FIELD_LABELS[rule.field]} contains <strong>{rule.keywords.join(', ')}</strong> →{' '}
                {KIND_LABELS[rule.kind]} · {activityLabel(rule.activity)}{' '}
                <span className="muted">
                  {rule.district === 'locked'
                    ? `(set by ${districtName}; it comes first and cannot be changed here)`
                    : `(from ${districtName}; your own rules above it come first)`}
                </span>
              </>
            ) : (
              <>
                <label className="inline">
                  <input type="checkbox" checked={rule.enabled} onChange={() => void actions.toggle(rule)} />{' '}
                  <span className="sr-only">Enabled: </span>
                </label>
                {FIELD_LABELS[rule.field]} contains <strong>{rule.keywords.join(', ')}</strong> →{' '}
                {KIND_LABELS[rule.kind]} · {activityLabel(rule.activity)}
                {rule.builtIn && <span className="muted"> (default)</span>}{' '}
                <button
                  type="button"
                  onClick={() => void actions.move(rule.id, -1)}
                  disabled={i === 0}
                  aria-label={`Move rule ${i + 1} up`}
                >
                  ↑
                </button>
                <button
                  type="button"
                  onClick={() => void actions.move(rule.id, 1)}
                  disabled={i === rules.length - 1}
                  aria-label={`Move rule ${i + 1} down`}
                >
                  ↓
                </button>
                <button type="button" onClick={() => startEdit(rule)} aria-label={`Edit rule ${i + 1}`}>
                  Edit
                </button>
                {!rule.builtIn && (
                  <button
                    type="button"
                    onClick={() => void actions.remove(rule.id)}
                    aria-label={`Delete rule ${i + 1}`}
                  >
                    Delete
                  </button>
                )}
              </>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
