/** What the last action of a form said: a success sentence, or an error shown as one. `null` before any. */
export type StatusText = { ok: boolean; text: string } | null;

/** The live region under a form that announces its last outcome (always present, so screen readers hear it). */
export function FormStatus({ status }: { status: StatusText }) {
  return (
    <p role="status" className={status?.ok === false ? 'error' : undefined}>
      {status?.text}
    </p>
  );
}
