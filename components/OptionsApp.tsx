import { useLiveQuery } from 'dexie-react-hooks';
import { useSettings } from '../lib/live/hooks';
import type { LeadershipDb } from '../lib/store/db';
import { deleteRule, listRules, moveRule, previewRule, saveRule } from '../lib/store/rules-repo';
import { saveSettings } from '../lib/store/settings-repo';
import { DataPanel, type DataActions } from './DataPanel';
import { PresetsEditor } from './PresetsEditor';
import { RulesEditor, type RuleActions } from './RulesEditor';
import { SettingsForm } from './SettingsForm';

interface Props {
  db: LeadershipDb;
  data?: DataActions;
  dataDefaults?: { from: string; to: string; icsFrom: string; icsTo: string };
  /** Tells the background that nudge times may have changed (it re-creates the alarms). */
  onSettingsSaved?: () => Promise<unknown>;
}

export function OptionsApp({ db, onSettingsSaved, data, dataDefaults }: Props) {
  const read = useSettings(db);
  const rules = useLiveQuery(() => listRules(db), [db]);
  // Preview runs over past events only: what the rule would have done to the history you have.
  const past = useLiveQuery(() => db.events.where('start').below(Date.now()).toArray(), [db]);
  const ruleActions: RuleActions = {
    save: async (rule) => void (await saveRule(db, rule, Date.now())),
    move: (id, direction) => moveRule(db, id, direction, Date.now()),
    remove: (id) => deleteRule(db, id, Date.now()),
    toggle: async (rule) => void (await saveRule(db, { ...rule, enabled: !rule.enabled }, Date.now())),
    preview: (draft) => previewRule(draft, rules ?? [], past ?? []),
  };
  return (
    <main>
      <h1>Leadership Calendar settings</h1>
      {read === undefined ? (
        <p role="status">Loading…</p>
      ) : (
        <>
          {read.problem && (
            <p className="error" role="alert">
              {read.problem}
            </p>
          )}
          <SettingsForm
            settings={read.settings}
            onSave={async (patch) => {
              await saveSettings(db, patch);
              await onSettingsSaved?.();
            }}
          />
          <PresetsEditor
            presets={read.settings.presets}
            onSave={async (presets) => void (await saveSettings(db, { presets }))}
          />
        </>
      )}
      {rules && <RulesEditor rules={rules} actions={ruleActions} />}
      {data && dataDefaults && (
        <DataPanel
          defaultFrom={dataDefaults.from}
          defaultTo={dataDefaults.to}
          icsFrom={dataDefaults.icsFrom}
          icsTo={dataDefaults.icsTo}
          actions={data}
        />
      )}
      <p className="card">
        Instructional coaches: open the <a href="coach.html">coach view</a> to combine the trend files leaders share
        with you.
      </p>
      <section className="card" aria-labelledby="privacy-heading">
        <h2 id="privacy-heading">Where your data lives</h2>
        <p>
          Everything Leadership Calendar records — calendar events, tags, time saved, plans and settings — is stored in
          this browser profile only, in the extension's own database. Nothing is sent anywhere: the extension is not
          allowed to make network connections. Data leaves this computer only when you download an export or a backup
          file.
        </p>
        <p className="muted">
          Event titles can contain student names. Exports for your coach contain weekly totals only, never titles.
        </p>
      </section>
    </main>
  );
}
