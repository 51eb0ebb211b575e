import { useSettings } from '../lib/live/hooks';
import type { LeadershipDb } from '../lib/store/db';
import { saveSettings } from '../lib/store/settings-repo';
import { SettingsForm } from './SettingsForm';

interface Props {
  db: LeadershipDb;
}

export function OptionsApp({ db }: Props) {
  const read = useSettings(db);
  return (
    <main>
      <h1>Leadership Calendar settings</h1>
      {read === undefined ? (
        <p role="status">Loading…</p>
      ) : (
        <>
          {read.problem && <p className="error" role="alert">{read.problem}</p>}
          <SettingsForm key={JSON.stringify(read.settings)} settings={read.settings} onSave={async (patch) => void (await saveSettings(db, patch))} />
        </>
      )}
      <section className="card" aria-labelledby="privacy-heading">
        <h2 id="privacy-heading">Where your data lives</h2>
        <p>
          Everything Leadership Calendar records — calendar events, tags, time saved, plans and settings — is stored in this
          browser profile only, in the extension's own database. Nothing is sent anywhere: the extension is not allowed to
          make network connections. Data leaves this computer only when you download an export or a backup file.
        </p>
        <p className="muted">Event titles can contain student names. Exports for your coach contain weekly totals only, never titles.</p>
      </section>
    </main>
  );
}
