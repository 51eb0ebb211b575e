import { useState } from 'react';
import { formatDay, formatTime } from '../../lib/domain/time/format';
import type { AssistantConflict, AssistantImport } from '../../lib/store/assistant-tags-repo';
import { describeDecision } from '../../lib/domain/files/tags-file';
import { FormStatus, type StatusText } from '../common/FormStatus';

export interface AssistantTagsActions {
  importAssistantTags(file: File): Promise<AssistantImport>;
  acceptAssistantTag(conflict: AssistantConflict, from: string): Promise<void>;
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** What an import did, in one sentence. */
export function importSentence(r: AssistantImport): string {
  const total = r.matched + r.unmatched;
  const parts = [
    `${plural(r.applied, 'tag', 'tags')} applied`,
    r.unchanged ? `${r.unchanged} already here` : null,
    r.conflicts.length ? `${plural(r.conflicts.length, 'conflict', 'conflicts')} (your own tag kept)` : null,
    r.unmatched
      ? `${plural(r.unmatched, 'event', 'events')} not on this computer yet (open those weeks in your calendar, then import again)`
      : null,
    r.questions ? `${plural(r.questions, 'question', 'questions')} for you in the Reconcile view` : null,
  ].filter((p) => p !== null);
  return `${plural(total, 'tag', 'tags')} from ${r.from}: ${parts.join(', ')}.`;
}

/**
 * "Tags from your assistant": the principal loads the tags file an assistant principal sent from the calendar
 * they keep (the SAM daily reconciliation). The principal's own tags win; each conflict is listed with a choice.
 */
export function AssistantTagsCard({ actions }: { actions: AssistantTagsActions }) {
  const [status, setStatus] = useState<StatusText>(null);
  const [result, setResult] = useState<AssistantImport | null>(null);
  const [resolved, setResolved] = useState<Set<string>>(new Set());
  return (
    <section className="card" aria-labelledby="assistant-tags-heading">
      <h2 id="assistant-tags-heading">Tags from your assistant</h2>
      <p className="muted">
        The person who keeps your calendar can send you the tags they set on it. Your own tags always win.
      </p>
      <label htmlFor="assistant-tags-file">Tags file</label>
      <input
        id="assistant-tags-file"
        type="file"
        accept=".json,application/json"
        onChange={async (e) => {
          const file = e.target.files?.[0];
          e.target.value = '';
          if (!file) return;
          try {
            const r = await actions.importAssistantTags(file);
            setResult(r);
            setResolved(new Set());
            setStatus({ ok: true, text: importSentence(r) });
          } catch (error) {
            setResult(null);
            setStatus({ ok: false, text: error instanceof Error ? error.message : String(error) });
          }
        }}
      />
      <FormStatus status={status} />
      {result && result.conflicts.length > 0 && (
        <>
          <h3>Where you and {result.from} differ</h3>
          <ul className="event-list" data-testid="assistant-conflicts">
            {result.conflicts.map((c) => (
              <li key={c.eventId}>
                <strong>{c.title || '(No title)'}</strong>{' '}
                <span className="muted">
                  {formatDay(c.start)} {formatTime(c.start)}
                </span>
                <br />
                Yours: {describeDecision(c.yours)}. {result.from}: {describeDecision(c.theirs)}.{' '}
                {resolved.has(c.eventId) ? (
                  <span className="row-done">Now {result.from}'s tag.</span>
                ) : (
                  <button
                    type="button"
                    onClick={async () => {
                      try {
                        await actions.acceptAssistantTag(c, result.from);
                        setResolved(new Set(resolved).add(c.eventId));
                      } catch (error) {
                        setStatus({ ok: false, text: error instanceof Error ? error.message : String(error) });
                      }
                    }}
                  >
                    Use {result.from}'s tag
                  </button>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
