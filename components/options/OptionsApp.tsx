import { useMemo } from 'react';
import { previewRule } from '../../lib/rules/apply';
import { calendarRows, createOptionsActions, useOptionsData } from '../../lib/live/options';
import type { LeadershipDb } from '../../lib/store/db';
import { DataPanel, type DataActions } from './DataPanel';
import { PresetsEditor } from './PresetsEditor';
import { RulesEditor, type RuleActions } from './RulesEditor';
import { SettingsForm } from './SettingsForm';
import { SchoolDayForm } from './SchoolDayForm';
import { CalendarChooser } from '../common/CalendarChooser';
import { ColourKeyCard } from './ColourKeyCard';
import { SendTagsCard, type SendTagsActions } from './SendTagsCard';
import { colourKeyOf } from '../../lib/rules/colour-key';
import { formatDay } from '../../lib/domain/time/format';

interface Props {
  db: LeadershipDb;
  data?: DataActions;
  sendTags?: SendTagsActions;
  dataDefaults?: { from: string; to: string; icsFrom: string; icsTo: string };
  /** Tells the background that nudge times may have changed (it re-creates the alarms). */
  onSettingsSaved?: () => Promise<unknown>;
}

/** The options page: data and actions come from lib/live; the editors only render and call back. */
export function OptionsApp({ db, onSettingsSaved, data, sendTags, dataDefaults }: Props) {
  const { read, rules, past, calendars } = useOptionsData(db);
  const actions = useMemo(() => createOptionsActions(db, onSettingsSaved), [db, onSettingsSaved]);
  const ruleActions: RuleActions = {
    save: actions.saveRule,
    move: actions.moveRule,
    remove: actions.deleteRule,
    toggle: (rule) => actions.saveRule({ ...rule, enabled: !rule.enabled }),
    // Preview runs over past events only: what the rule would have done to the history you have.
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
          <SettingsForm settings={read.settings} onSave={actions.saveSettings} />
          <SchoolDayForm
            schoolDay={read.settings.schoolDay}
            blockMinutes={read.settings.blockMinutes}
            onSave={actions.saveSettings}
          />
          {calendars && calendars.directory.size > 0 && (
            <CalendarChooser
              key={JSON.stringify(read.settings.calendars)}
              calendars={calendarRows(calendars, read.settings.calendars).map((c) => ({
                ...c,
                detail: `last seen ${formatDay(c.lastSeen)}`,
              }))}
              choice={read.settings.calendars}
              onSave={actions.saveCalendars}
            />
          )}
          {sendTags &&
            dataDefaults &&
            calendars &&
            read.settings.calendars.keptFor.map((kept) => (
              <SendTagsCard
                key={kept.calendarId}
                calendar={kept}
                defaultSender={calendars.account?.name ?? ''}
                defaultFrom={dataDefaults.to}
                defaultTo={dataDefaults.to}
                actions={sendTags}
              />
            ))}
          <PresetsEditor presets={read.settings.presets} onSave={(presets) => actions.saveSettings({ presets })} />
        </>
      )}
      {rules && <ColourKeyCard colourKey={colourKeyOf(rules)} onChange={actions.setColourKey} />}
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
