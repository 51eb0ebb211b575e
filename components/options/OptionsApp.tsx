import { useMemo } from 'react';
import { previewRule } from '../../lib/rules/apply';
import { calendarRows, createOptionsActions, useOptionsData } from '../../lib/live/options';
import type { LeadershipDb } from '../../lib/store/db';
import { BackupCard, type DataActions, DeleteCard, ExportCard, IcsCard } from './DataCards';
import { PresetsEditor } from './PresetsEditor';
import { RulesEditor, type RuleActions } from './RulesEditor';
import { SettingsForm } from './SettingsForm';
import { SchoolDayForm } from './SchoolDayForm';
import { CalendarChooser } from '../common/CalendarChooser';
import { ColourKeyCard } from './ColourKeyCard';
import { SendTagsCard, type SendTagsActions } from './SendTagsCard';
import { ReconcileForm } from './ReconcileForm';
import { StaffEditor } from './StaffEditor';
import { colourKeyLabel, colourKeyOf, coloursSeen } from '../../lib/rules/colour-key';
import { formatDay } from '../../lib/domain/time/format';
import { SectionFrame, SectionNav, useHashSection } from './SectionNav';
import type { OptionSection } from './sections';
import type { Settings } from '../../lib/domain/settings/settings';
import type { Feature } from '../../lib/domain/settings/policy';
import type { ExtensionIds } from '../../lib/exchange/policy-export';
import { lockOf } from '../common/Locked';
import { DistrictSection } from '../district/DistrictSection';

interface Props {
  db: LeadershipDb;
  data?: DataActions;
  sendTags?: SendTagsActions;
  dataDefaults?: { from: string; to: string; icsFrom: string; icsTo: string };
  /** Tells the background that nudge times may have changed (it re-creates the alarms). */
  onSettingsSaved?: () => Promise<unknown>;
  /** The extension's id in each browser, for "Export as district policy" (placeholders where unknown). */
  extensionIds?: ExtensionIds;
}

/**
 * The options page, one section at a time beside a section navigation (each section its own link,
 * `options.html#school-day`). Data and actions come from lib/live; the editors only render and call back.
 */
/** "Lately", for colours seen on the leader's calendars: the last eight weeks. */
const SEEN_LATELY_MS = 8 * 7 * 24 * 3600 * 1000;

export function OptionsApp({ db, onSettingsSaved, data, sendTags, dataDefaults, extensionIds }: Props) {
  const { read, rules, past, calendars, staff } = useOptionsData(db);
  const actions = useMemo(
    () => createOptionsActions(db, onSettingsSaved, extensionIds),
    [db, onSettingsSaved, extensionIds],
  );
  const district = read?.district;
  const disabled = district?.disabled ?? [];
  // The colour key as the rules stand, and the colours seen lately (a pass over the history): once per change.
  const colourKey = useMemo(() => (rules ? colourKeyOf(rules) : new Map()), [rules]);
  const colourLabels = useMemo(
    () => new Map([...colourKey.keys()].map((id) => [id, colourKeyLabel(id, rules ?? [])])),
    [colourKey, rules],
  );
  const seenColours = useMemo(() => coloursSeen(past ?? [], Date.now() - SEEN_LATELY_MS), [past]);
  const off = (feature: Feature) => disabled.includes(feature);
  const section = useHashSection(disabled);
  const ruleActions: RuleActions = {
    save: actions.saveRule,
    move: actions.moveRule,
    remove: actions.deleteRule,
    toggle: (rule) => actions.saveRule({ ...rule, enabled: !rule.enabled }),
    // Preview runs over past events only: what the rule would have done to the history you have.
    preview: (draft) => previewRule(draft, rules ?? [], past ?? []),
  };
  const loading = <p role="status">Loading…</p>;

  // Sections that show settings wait for them; the others need only their own data.
  const withSettings = (render: (settings: Settings) => React.ReactNode) => () =>
    read ? render(read.settings) : loading;
  const sections: Record<OptionSection, () => React.ReactNode> = {
    settings: withSettings((settings) => (
      <SettingsForm
        settings={settings}
        onSave={actions.saveSettings}
        showNudges={!off('nudges')}
        locks={{
          nudges: lockOf(district, 'nudges'),
          goal: lockOf(district, 'goal'),
          coachName: lockOf(district, 'coachName'),
        }}
      />
    )),
    'school-day': withSettings((settings) => (
      <SchoolDayForm
        key={JSON.stringify([settings.schoolDay, settings.blockMinutes])}
        schoolDay={settings.schoolDay}
        blockMinutes={settings.blockMinutes}
        onSave={actions.saveSettings}
        lock={lockOf(district, 'schoolDay')}
      />
    )),
    calendars: withSettings((settings) =>
      calendars && calendars.directory.size > 0 ? (
        <CalendarChooser
          key={JSON.stringify(settings.calendars)}
          calendars={calendarRows(calendars, settings.calendars).map((c) => ({
            ...c,
            detail: `last seen ${formatDay(c.lastSeen)}`,
          }))}
          choice={settings.calendars}
          onSave={actions.saveCalendars}
        />
      ) : (
        <section className="card" aria-labelledby="calendars-heading">
          <h2 id="calendars-heading">Your calendars</h2>
          <p>
            No calendar has been read yet. Open Google Calendar or Outlook on the web in this browser; the calendars it
            shows are listed here, and you can say which are yours.
          </p>
        </section>
      ),
    ),
    reconcile: withSettings((settings) => (
      <ReconcileForm
        key={JSON.stringify([settings.reconcile.reasons, settings.reconcile.coverageWeeks])}
        settings={settings.reconcile}
        onSave={actions.saveSettings}
        lock={lockOf(district, 'reconcile')}
      />
    )),
    staff: () =>
      staff ? (
        <StaffEditor
          staff={staff}
          actions={{ add: actions.addStaff, remove: actions.removeStaff, readFile: actions.readStaffFile }}
        />
      ) : (
        loading
      ),
    'time-saved': withSettings((settings) => (
      <PresetsEditor presets={settings.presets} onSave={(presets) => actions.saveSettings({ presets })} />
    )),
    sharing: () => (
      <>
        {sendTags &&
          dataDefaults &&
          !off('tags-file') &&
          calendars &&
          read?.settings.calendars.keptFor.map((kept) => (
            <SendTagsCard
              key={kept.calendarId}
              calendar={kept}
              defaultSender={calendars.account?.name ?? ''}
              defaultFrom={dataDefaults.to}
              defaultTo={dataDefaults.to}
              actions={sendTags}
            />
          ))}
        {data && dataDefaults && !off('trend-export') && (
          <ExportCard
            defaultFrom={dataDefaults.from}
            defaultTo={dataDefaults.to}
            actions={data}
            coachName={read?.settings.coachName ?? null}
          />
        )}
        <p className="card">
          Instructional coaches: open the <a href="coach.html">coach view</a> to combine the trend files leaders share
          with you.
        </p>
      </>
    ),
    'colour-key': () =>
      rules ? (
        <ColourKeyCard
          colourKey={colourKey}
          labels={colourLabels}
          seen={seenColours}
          onChange={actions.setColourKey}
          district={{
            key: new Map((district?.policy.colourKey ?? []).map((c) => [c.colour, c.activity])),
            lock: lockOf(district, 'colourKey'),
            by: district?.organization ?? 'your district',
          }}
        />
      ) : (
        loading
      ),
    rules: () =>
      rules ? (
        <RulesEditor
          rules={rules}
          actions={ruleActions}
          {...(district?.organization ? { districtName: district.organization } : {})}
        />
      ) : (
        loading
      ),
    backup: () => data && <BackupCard actions={data} />,
    import: () =>
      data && dataDefaults && <IcsCard icsFrom={dataDefaults.icsFrom} icsTo={dataDefaults.icsTo} actions={data} />,
    delete: () => data && <DeleteCard actions={data} />,
    district: () => (district ? <DistrictSection district={district} exportPolicy={actions.exportPolicy} /> : loading),
    privacy: () => <PrivacyCard />,
  };
  return (
    <div className="options-page">
      <header>
        <h1>Leadership Calendar settings</h1>
        {read?.problem && (
          <p className="error" role="alert">
            {read.problem}
          </p>
        )}
      </header>
      <div className="options-layout">
        <SectionNav current={section} disabled={disabled} />
        <main>
          <SectionFrame section={section}>{sections[section]()}</SectionFrame>
        </main>
      </div>
    </div>
  );
}

function PrivacyCard() {
  return (
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
      <p>
        <a href="privacy.html">Read the full privacy policy</a>, including a note on student data for districts.
      </p>
    </section>
  );
}
