import { useLiveQuery } from 'dexie-react-hooks';
import type { CalendarEvent } from '../domain/event';
import type { Settings, SettingsRead } from '../domain/settings';
import type { Rule } from '../rules/rule';
import type { LeadershipDb } from '../store/db';
import { pastEvents } from '../store/queries';
import { deleteRule, listRules, moveRule, saveRule } from '../store/rules-repo';
import { saveSettings } from '../store/settings-repo';
import { useSettings } from './hooks';
import { withStoreErrors } from './store-errors';

/** The options page's data: settings, the rules in order, and the past events a draft rule is previewed on. */
export function useOptionsData(db: LeadershipDb): {
  read: SettingsRead | undefined;
  rules: Rule[] | undefined;
  past: CalendarEvent[] | undefined;
} {
  const read = useSettings(db);
  const rules = useLiveQuery(() => listRules(db), [db]);
  const past = useLiveQuery(() => pastEvents(db, Date.now()), [db]);
  return { read, rules, past };
}

/** The options page's store actions; `onSettingsSaved` tells the background to re-create the nudge alarms. */
export function createOptionsActions(db: LeadershipDb, onSettingsSaved?: () => Promise<unknown>) {
  return withStoreErrors({
    saveSettings: async (patch: Partial<Settings>) => {
      await saveSettings(db, patch);
      await onSettingsSaved?.();
    },
    saveRule: async (rule: Parameters<typeof saveRule>[1]) => void (await saveRule(db, rule, Date.now())),
    moveRule: (id: string, direction: -1 | 1) => moveRule(db, id, direction, Date.now()),
    deleteRule: (id: string) => deleteRule(db, id, Date.now()),
  });
}
export type OptionsActions = ReturnType<typeof createOptionsActions>;
