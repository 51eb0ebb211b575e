import { useLiveQuery } from 'dexie-react-hooks';
import type { CalendarEvent } from '../domain/events/event';
import type { Settings } from '../domain/settings/settings';
import type { Rule } from '../rules/rule';
import type { ColourKeyId } from '../rules/colour-key';
import type { LeadershipDb } from '../store/db';
import { pastEvents } from '../store/queries';
import { deleteRule, listRules, moveRule, saveRule, setColourKey } from '../store/rules-repo';
import {
  type Account,
  type CalendarChoice,
  type CalendarInfo,
  calendarKey,
  calendarName,
  countsAsMine,
  scopeFor,
  type CalendarNameRules,
  NO_NAME_RULES,
} from '../domain/events/calendars';
import { loadAccount, loadCalendarDirectory } from '../store/calendars-repo';
import { loadSettings, type SettingsInUse, saveSettings } from '../store/settings-repo';
import {
  CHROME_ID_PLACEHOLDER,
  EDGE_ID_PLACEHOLDER,
  type ExtensionIds,
  type PolicyExportChoice,
  policyFile,
  policyFromSettings,
} from '../exchange/policy-export';
import { downloadText } from './download';
import { addStaff, listStaff, removeStaff } from '../store/staff-repo';
import { MAX_STAFF_FILE_BYTES, type StaffMember, type StaffRow } from '../domain/reconcile/staff';
import { parseStaffCsv } from '../exchange/staff-csv';
import { useSettings } from './hooks';
import { withStoreErrors } from './store-errors';

/** The options page's data: settings, the rules in order, and the past events a draft rule is previewed on. */
export function useOptionsData(db: LeadershipDb): {
  read: SettingsInUse | undefined;
  rules: Rule[] | undefined;
  past: CalendarEvent[] | undefined;
  calendars: { directory: Map<string, CalendarInfo>; account: Account | null } | undefined;
  staff: StaffMember[] | undefined;
} {
  const read = useSettings(db);
  const rules = useLiveQuery(() => listRules(db), [db]);
  const past = useLiveQuery(() => pastEvents(db, Date.now()), [db]);
  const calendars = useLiveQuery(
    async () => ({ directory: await loadCalendarDirectory(db), account: await loadAccount(db) }),
    [db],
  );
  const staff = useLiveQuery(() => listStaff(db), [db]);
  return { read, rules, past, calendars, staff };
}

/** Every calendar pages have shown, for "Your calendars" in the options: counted or not, kept for whom. */
export function calendarRows(
  calendars: { directory: Map<string, CalendarInfo>; account: Account | null },
  choice: CalendarChoice,
  names: CalendarNameRules = NO_NAME_RULES,
): { id: string; name: string; lastSeen: number; mine: boolean; account: boolean; keptFor: string | null }[] {
  const ids = [...calendars.directory.keys()];
  const scope = scopeFor(choice, calendars.account, ids, names, calendars.directory);
  const kept = new Map(choice.keptFor.map((k) => [calendarKey(k.calendarId), k.name]));
  return [...calendars.directory.values()]
    .map((c) => ({
      id: c.id,
      name: calendarName(c.id, calendars.directory, calendars.account),
      lastSeen: c.lastSeen,
      mine: countsAsMine({ calendarId: c.id }, scope),
      account: calendars.account !== null && calendarKey(calendars.account.email) === c.id,
      keptFor: kept.get(c.id) ?? null,
    }))
    .sort((a, b) => Number(b.mine) - Number(a.mine) || a.name.localeCompare(b.name));
}

/** The options page's store actions; `onSettingsSaved` tells the background to re-create the nudge alarms. */
export function createOptionsActions(
  db: LeadershipDb,
  onSettingsSaved?: () => Promise<unknown>,
  ids: ExtensionIds = { chrome: CHROME_ID_PLACEHOLDER, edge: EDGE_ID_PLACEHOLDER },
) {
  return withStoreErrors({
    /** The settings in use as a district policy file for one deployment route (lib/exchange/policy-export.ts). */
    exportPolicy: async (choice: PolicyExportChoice): Promise<string> => {
      const [{ settings, district }, rules] = [await loadSettings(db), await listRules(db)];
      const policy = policyFromSettings({
        settings,
        rules,
        activities: district.policy.activities ?? [],
        locked: choice.locked,
        skipFirstRun: choice.skipFirstRun,
        ...(choice.organizationName.trim() ? { organizationName: choice.organizationName.trim() } : {}),
        ...(choice.supportContact.trim() ? { supportContact: choice.supportContact.trim() } : {}),
      });
      const file = policyFile(choice.route, policy, ids);
      downloadText(file.fileName, file.text, file.mime);
      return file.fileName;
    },
    saveSettings: async (patch: Partial<Settings>) => {
      await saveSettings(db, patch);
      await onSettingsSaved?.();
    },
    saveRule: async (rule: Parameters<typeof saveRule>[1]) => void (await saveRule(db, rule, Date.now())),
    moveRule: (id: string, direction: -1 | 1) => moveRule(db, id, direction, Date.now()),
    deleteRule: (id: string) => deleteRule(db, id, Date.now()),
    saveCalendars: async (calendars: CalendarChoice) => void (await saveSettings(db, { calendars })),
    setColourKey: (color: ColourKeyId, activity: string | null, name?: string) =>
      setColourKey(db, color, activity, Date.now(), name),
    addStaff: (rows: readonly StaffRow[]) => addStaff(db, rows, Date.now()),
    removeStaff: (key: string) => removeStaff(db, key),
    /** A staff CSV read and checked whole before anything is shown (never written here: the preview decides). */
    readStaffFile: async (file: File) => {
      if (file.size > MAX_STAFF_FILE_BYTES)
        throw new Error(
          `${file.name} is larger than a staff list (over ${MAX_STAFF_FILE_BYTES / 1024} KB). Nothing was added.`,
        );
      return parseStaffCsv(await file.text(), file.name);
    },
  });
}
export type OptionsActions = ReturnType<typeof createOptionsActions>;
