import { useState, type FormEvent } from 'react';
import type { District } from '../../lib/domain/settings/district';
import { LOCKABLE, LOCKABLE_LABELS, type Lockable } from '../../lib/domain/settings/policy';
import { policyLines } from '../../lib/domain/settings/policy-words';
import { type PolicyExportChoice, ROUTE_LABELS, ROUTES, type Route } from '../../lib/domain/settings/policy-routes';
import { formatDay } from '../../lib/domain/time/format';
import { FormStatus, type StatusText } from '../common/FormStatus';

interface Props {
  district: District;
  /** Writes the current settings as a policy file for the chosen route; returns the file's name. */
  exportPolicy(choice: PolicyExportChoice): Promise<string>;
}

/**
 * "District policy": what the district's IT set through the browser (each policy in force, locked or a default
 * the leader may change), each policy the extension could not apply with its reason, and — for IT, or a leader
 * helping them — the current settings written as a policy file for each way districts deploy.
 */
export function DistrictSection({ district, exportPolicy }: Props) {
  const lines = policyLines(district.policy);
  return (
    <>
      <section className="card" aria-labelledby="district-heading">
        <h2 id="district-heading">District policy</h2>
        {lines.length === 0 && district.rejected.length === 0 ? (
          <p>
            No district policy is set in this browser. Every setting is yours. If your district's IT manages this
            extension, the settings it sets appear here.
          </p>
        ) : (
          <>
            <p>
              {district.organization} sets these through your browser
              {district.readAt ? ` (read ${formatDay(district.readAt)})` : ''}. A locked setting cannot be changed here;
              every other one is a starting point you may change, and your change is kept.
              {district.supportContact ? ` Questions: ${district.supportContact}.` : ''}
            </p>
            {lines.length > 0 && (
              <table className="policy-table">
                <caption className="sr-only">Policies in force</caption>
                <thead>
                  <tr>
                    <th scope="col">Setting</th>
                    <th scope="col">What it sets</th>
                    <th scope="col">Locked?</th>
                  </tr>
                </thead>
                <tbody>
                  {lines.map((l) => (
                    <tr key={l.name}>
                      <th scope="row">{l.name}</th>
                      <td>{l.says}</td>
                      <td>{l.locked ? 'Locked' : 'Default you may change'}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </>
        )}
        {district.rejected.length > 0 && (
          <>
            <h3 id="rejected-heading">Not applied</h3>
            <p>The rest of the policy applies; these parts were left out. Your district's IT can correct them.</p>
            <ul aria-labelledby="rejected-heading" className="rejected">
              {district.rejected.map((r) => (
                <li key={r.key}>
                  <code>{r.key}</code>: {r.sentence}
                </li>
              ))}
            </ul>
          </>
        )}
      </section>
      <ExportPolicyCard district={district} exportPolicy={exportPolicy} />
    </>
  );
}

function ExportPolicyCard({ district, exportPolicy }: Props) {
  const [route, setRoute] = useState<Route>('admin-console');
  const [locked, setLocked] = useState<Lockable[]>(() => [...district.locked]);
  const [organizationName, setOrganizationName] = useState(district.policy.organizationName ?? '');
  const [supportContact, setSupportContact] = useState(district.policy.supportContact ?? '');
  const [skipFirstRun, setSkipFirstRun] = useState(district.policy.skipFirstRun ?? false);
  const [status, setStatus] = useState<StatusText>(null);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    try {
      const file = await exportPolicy({ route, locked, organizationName, supportContact, skipFirstRun });
      setStatus({ ok: true, text: `${file} downloaded. docs/deployment in the project says where it goes.` });
    } catch (error) {
      setStatus({ ok: false, text: error instanceof Error ? error.message : String(error) });
    }
  };
  return (
    <form className="card" aria-labelledby="export-policy-heading" onSubmit={submit}>
      <h2 id="export-policy-heading">Export as district policy</h2>
      <p className="muted">
        For your district's IT: the settings in use here (school day, colour key, your own rules, calendars, nudges,
        goal, coach, reconcile reasons) as a policy every leader's browser can receive. The file holds no calendar
        events, tags or names of students.
      </p>
      <label htmlFor="policy-route">Where IT deploys it</label>
      <select id="policy-route" value={route} onChange={(e) => setRoute(e.target.value as Route)}>
        {ROUTES.map((r) => (
          <option key={r} value={r}>
            {ROUTE_LABELS[r]}
          </option>
        ))}
      </select>
      <label htmlFor="policy-org">District or school name</label>
      <input
        id="policy-org"
        value={organizationName}
        maxLength={80}
        onChange={(e) => setOrganizationName(e.target.value)}
      />
      <label htmlFor="policy-contact">Support contact</label>
      <input
        id="policy-contact"
        value={supportContact}
        maxLength={200}
        onChange={(e) => setSupportContact(e.target.value)}
      />
      <fieldset>
        <legend>Lock for every leader (the others are defaults each leader may change)</legend>
        {LOCKABLE.map((l) => (
          <label key={l} className="choice">
            <input
              type="checkbox"
              checked={locked.includes(l)}
              onChange={(e) => setLocked(e.target.checked ? [...locked, l] : locked.filter((x) => x !== l))}
            />{' '}
            {LOCKABLE_LABELS[l]}
          </label>
        ))}
      </fieldset>
      <label className="choice">
        <input type="checkbox" checked={skipFirstRun} onChange={(e) => setSkipFirstRun(e.target.checked)} /> Skip the
        first-run questions (leaders start as principals)
      </label>
      <p>
        <button type="submit" className="primary">
          Download the policy file
        </button>
      </p>
      <FormStatus status={status} />
    </form>
  );
}
