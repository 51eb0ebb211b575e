import type { ActivityDefinition } from '../domain/events/activities';
import { GOOGLE_EVENT_COLORS } from '../domain/events/colors';
import { type Lockable, POLICY_DAYS, type PolicyShape } from '../domain/settings/policy';
import type { Route } from '../domain/settings/policy-routes';
import { managedSchema } from '../domain/settings/policy-schema';
import type { Settings } from '../domain/settings/settings';
import { colourKeyOf } from '../rules/colour-key';
import type { Rule } from '../rules/rule';

/**
 * "Export as district policy": a leader (or IT, on a leader's machine) tunes the settings once and hands them to
 * the district's IT in the form each deployment route reads (docs/deployment/). Every route carries the same policy
 * object; only the wrapping differs. The samples in deploy/ are written by these functions
 * (scripts/make-deploy-samples.ts) and a test reads each back through the policy reader.
 */

/** The add-on id Firefox knows the extension by (wxt.config.ts). */
export const FIREFOX_ID = 'leadership-calendar@leadership-calendar.app';
/** Where Firefox force-installs it from: addons.mozilla.org's latest listed version. */
export const FIREFOX_INSTALL_URL = 'https://addons.mozilla.org/firefox/downloads/latest/leadership-calendar/latest.xpi';
/** Placeholders for ids a store assigns: Chrome's and Edge's differ for the same extension. */
export const CHROME_ID_PLACEHOLDER = 'CHROME_EXTENSION_ID';
export const EDGE_ID_PLACEHOLDER = 'EDGE_EXTENSION_ID';

export interface PolicySource {
  settings: Settings;
  /** The rules in use: the colour key and the leader's own keyword rules are exported, built-in ones are not. */
  rules: readonly Rule[];
  /** The district's own activities in use (exported so the rules that name them stay valid). */
  activities: readonly ActivityDefinition[];
  organizationName?: string;
  supportContact?: string;
  locked: readonly Lockable[];
  skipFirstRun: boolean;
}

/** The settings as a district policy (the object every route wraps). */
export function policyFromSettings(source: PolicySource): PolicyShape {
  const { settings: s } = source;
  const policy: PolicyShape = {};
  if (source.organizationName) policy.organizationName = source.organizationName;
  if (source.supportContact) policy.supportContact = source.supportContact;
  policy.schoolDay = {
    start: s.schoolDay.start,
    end: s.schoolDay.end,
    lunchStart: s.schoolDay.lunch.start,
    lunchEnd: s.schoolDay.lunch.end,
    officeMinutes: s.schoolDay.officeMinutes,
    dismissalMinutes: s.schoolDay.dismissalMinutes,
    afterSchoolMinutes: s.schoolDay.afterSchoolMinutes,
    bufferMinutes: s.schoolDay.bufferMinutes,
    maxBlocksPerDay: s.schoolDay.maxBlocksPerDay,
    walkthroughMinutes: s.blockMinutes.walkthrough,
    observationMinutes: s.blockMinutes.observation,
    coachingMinutes: s.blockMinutes.coaching,
    feedbackMinutes: s.blockMinutes.feedback,
  };
  if (source.activities.length)
    policy.activities = source.activities.map((a) => ({ id: a.id, label: a.label, kind: a.kind }));
  // A district's key is in Google's palette names; custom and Outlook colours are each leader's own.
  const colours: { colour: string; activity: string }[] = [...colourKeyOf(source.rules)].flatMap(
    ([colour, activity]) => {
      const palette = GOOGLE_EVENT_COLORS.find((c) => c.id === colour);
      return palette ? [{ colour: palette.name, activity }] : [];
    },
  );
  // A district's colour rules are named by their colour, not by the colour-key id: read them from the rules.
  for (const rule of source.rules)
    if (rule.district && rule.field === 'color' && !colours.some((c) => c.colour === rule.keywords[0]))
      colours.push({ colour: rule.keywords[0]!, activity: rule.activity });
  if (colours.length) policy.colourKey = colours;
  const keywordRules = source.rules
    .filter((r) => r.enabled && !r.builtIn && r.field !== 'color')
    .map((r) => ({ keywords: [...r.keywords], activity: r.activity, field: r.field }));
  if (keywordRules.length) policy.keywordRules = keywordRules;
  policy.calendars = {
    ownOnly: s.calendarNames.ownOnly,
    include: [...s.calendarNames.include],
    exclude: [...s.calendarNames.exclude],
  };
  policy.nudges = {
    enabled: s.nudges.plan.enabled || s.nudges.review.enabled,
    planDay: POLICY_DAYS[s.nudges.plan.weekday]!,
    planTime: s.nudges.plan.time,
    reviewDay: POLICY_DAYS[s.nudges.review.weekday]!,
    reviewTime: s.nudges.review.time,
  };
  policy.goal = { targetShare: s.goal.targetShare, stepHours: s.goal.stepHours };
  if (s.coachName) policy.coachName = s.coachName;
  policy.reconcile = { reasons: s.reconcile.reasons.map((r) => r.label), coverageWeeks: s.reconcile.coverageWeeks };
  if (source.skipFirstRun) policy.skipFirstRun = true;
  if (source.locked.length) policy.lockedSettings = [...source.locked];
  return policy;
}

export { ROUTE_LABELS, ROUTES, type PolicyExportChoice, type Route } from '../domain/settings/policy-routes';

export interface PolicyFile {
  fileName: string;
  mime: string;
  text: string;
}

export interface ExtensionIds {
  chrome: string;
  edge: string;
}

/**
 * The ids an export can fill in from the running browser: its own id where the store gave it one (Edge's user
 * agent says `Edg/`), a placeholder for the other store's. Firefox's add-on id is fixed, so both stay placeholders.
 */
export function extensionIdsFor(runtimeId: string, userAgent: string, firefox: boolean): ExtensionIds {
  if (firefox) return { chrome: CHROME_ID_PLACEHOLDER, edge: EDGE_ID_PLACEHOLDER };
  return / Edg\//.test(userAgent)
    ? { chrome: CHROME_ID_PLACEHOLDER, edge: runtimeId }
    : { chrome: runtimeId, edge: EDGE_ID_PLACEHOLDER };
}

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

/** The policy in one route's format. */
export function policyFile(route: Route, policy: PolicyShape, ids: ExtensionIds): PolicyFile {
  switch (route) {
    case 'admin-console':
      // The console's "Policy for extensions" box takes each policy wrapped as {"Value": …}.
      return {
        fileName: 'leadership-calendar-admin-console.json',
        mime: 'application/json',
        text: json(Object.fromEntries(Object.entries(policy).map(([k, v]) => [k, { Value: v }]))),
      };
    case 'linux':
      return {
        fileName: 'leadership-calendar-policy.json',
        mime: 'application/json',
        text: json({ '3rdparty': { extensions: { [ids.chrome]: policy } } }),
      };
    case 'windows':
      return { fileName: 'leadership-calendar-policy.reg', mime: 'text/plain', text: registryFile(policy, ids) };
    case 'firefox':
      return {
        fileName: 'policies.json',
        mime: 'application/json',
        text: json({
          policies: {
            ExtensionSettings: {
              [FIREFOX_ID]: { installation_mode: 'force_installed', install_url: FIREFOX_INSTALL_URL },
            },
            '3rdparty': { Extensions: { [FIREFOX_ID]: policy } },
          },
        }),
      };
    case 'macos':
      return {
        fileName: 'leadership-calendar.mobileconfig',
        mime: 'application/x-apple-aspen-config',
        text: mobileConfig(policy, ids.chrome),
      };
  }
}

/**
 * Windows registry: Chrome reads HKLM\Software\Policies\Google\Chrome\3rdparty\extensions\<id>\policy, Edge the
 * same under Microsoft\Edge. Text is REG_SZ, true/false and whole numbers REG_DWORD, and a list or a group as its
 * JSON in REG_SZ (Chrome converts registry values guided by the schema).
 */
function registryFile(policy: PolicyShape, ids: ExtensionIds): string {
  const quote = (text: string) => `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
  const dword = (n: number) => `dword:${(n >>> 0).toString(16).padStart(8, '0')}`;
  const value = (v: unknown) =>
    typeof v === 'boolean'
      ? dword(v ? 1 : 0)
      : typeof v === 'number' && Number.isInteger(v) && v >= 0
        ? dword(v)
        : quote(typeof v === 'string' ? v : JSON.stringify(v));
  const block = (root: string) => [
    `[${root}]`,
    ...Object.entries(policy).map(([k, v]) => `${quote(k)}=${value(v)}`),
    '',
  ];
  return [
    'Windows Registry Editor Version 5.00',
    '',
    '; Leadership Calendar district policy: Chrome, then Edge (Edge gives the extension its own id).',
    ...block(`HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\Google\\Chrome\\3rdparty\\extensions\\${ids.chrome}\\policy`),
    ...block(`HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\Microsoft\\Edge\\3rdparty\\extensions\\${ids.edge}\\policy`),
  ].join('\r\n');
}

/** A macOS configuration profile setting the preference domain Chrome reads an extension's policy from. */
function mobileConfig(policy: PolicyShape, chromeId: string): string {
  const esc = (t: string) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const plist = (v: unknown, pad: string): string => {
    if (typeof v === 'boolean') return `${pad}<${v}/>`;
    if (typeof v === 'number') return Number.isInteger(v) ? `${pad}<integer>${v}</integer>` : `${pad}<real>${v}</real>`;
    if (typeof v === 'string') return `${pad}<string>${esc(v)}</string>`;
    if (Array.isArray(v)) return [`${pad}<array>`, ...v.map((x) => plist(x, `${pad}  `)), `${pad}</array>`].join('\n');
    const entries = Object.entries(v as Record<string, unknown>);
    return [
      `${pad}<dict>`,
      ...entries.flatMap(([k, x]) => [`${pad}  <key>${esc(k)}</key>`, plist(x, `${pad}  `)]),
      `${pad}</dict>`,
    ].join('\n');
  };
  const domain = `com.google.Chrome.extensions.${chromeId}`;
  const profile = {
    PayloadContent: [
      {
        PayloadType: 'com.apple.ManagedClient.preferences',
        PayloadVersion: 1,
        PayloadIdentifier: `app.leadership-calendar.policy.${chromeId}`,
        PayloadUUID: '6F1A2C3B-4D5E-4F60-8A7B-9C0D1E2F3A4B',
        PayloadEnabled: true,
        PayloadDisplayName: 'Leadership Calendar',
        PayloadContent: { [domain]: { Forced: [{ mcx_preference_settings: policy }] } },
      },
    ],
    PayloadDisplayName: 'Leadership Calendar district policy',
    PayloadIdentifier: 'app.leadership-calendar.policy',
    PayloadType: 'Configuration',
    PayloadUUID: '0B6E3D2A-1C4F-4E5A-9B8C-7D6E5F4A3B2C',
    PayloadVersion: 1,
  };
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">',
    '<plist version="1.0">',
    plist(profile, ''),
    '</plist>',
    '',
  ].join('\n');
}

/** The policy object inside a route's file, for reading a file back (tests, and IT checking a file). */
export function policyInside(route: Route, text: string, ids: ExtensionIds): unknown {
  switch (route) {
    case 'admin-console':
      return Object.fromEntries(
        Object.entries(JSON.parse(text) as Record<string, { Value: unknown }>).map(([k, v]) => [k, v.Value]),
      );
    case 'linux':
      return JSON.parse(text)['3rdparty'].extensions[ids.chrome];
    case 'firefox':
      return JSON.parse(text).policies['3rdparty'].Extensions[FIREFOX_ID];
    case 'windows': {
      const out: Record<string, unknown> = {};
      const booleans = new Set(
        Object.entries(managedSchema().properties ?? {})
          .filter(([, node]) => node.type === 'boolean')
          .map(([name]) => name),
      );
      const section = text.split(/\r?\n\r?\n/).find((s) => s.includes(`\\${ids.chrome}\\policy]`)) ?? '';
      for (const line of section.split(/\r?\n/)) {
        const m = /^"([^"]+)"=(?:dword:([0-9a-f]{8})|"((?:[^"\\]|\\.)*)")$/.exec(line);
        if (!m) continue;
        // A DWORD is a number or, where the schema says so, true/false (as Chrome converts it).
        if (m[2] !== undefined) out[m[1]!] = booleans.has(m[1]!) ? parseInt(m[2], 16) !== 0 : parseInt(m[2], 16);
        else {
          const raw = m[3]!.replace(/\\(.)/g, '$1');
          out[m[1]!] = /^[[{]/.test(raw) ? JSON.parse(raw) : raw;
        }
      }
      return out;
    }
    case 'macos':
      return readPlist(text).PayloadContent[0].PayloadContent[`com.google.Chrome.extensions.${ids.chrome}`].Forced[0]
        .mcx_preference_settings;
  }
}

/** Enough of a plist reader for the profiles written above. */
// biome-ignore lint/suspicious/noExplicitAny: a plist is any shape
function readPlist(text: string): any {
  const tokens = text.match(/<(\/?)(dict|array|key|string|integer|real|true|false)\s*(\/?)>([^<]*)/g) ?? [];
  let i = 0;
  const unesc = (t: string) => t.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
  const next = (): unknown => {
    const t = tokens[i++]!;
    const m = /^<(\/?)(\w+)\s*(\/?)>([^<]*)/.exec(t)!;
    const [, , tag, , body] = m;
    if (tag === 'true' || tag === 'false') return tag === 'true';
    if (tag === 'string' || tag === 'integer' || tag === 'real') {
      i++; // the closing tag
      return tag === 'string' ? unesc(body!) : tag === 'integer' ? parseInt(body!, 10) : parseFloat(body!);
    }
    if (tag === 'array') {
      const out: unknown[] = [];
      while (!tokens[i]!.startsWith('</array')) out.push(next());
      i++;
      return out;
    }
    const out: Record<string, unknown> = {};
    while (!tokens[i]!.startsWith('</dict')) {
      const key = unesc(/<key>([^<]*)/.exec(tokens[i]!)![1]!);
      i += 2;
      out[key] = next();
    }
    i++;
    return out;
  };
  while (!tokens[i]!.startsWith('<dict')) i++;
  return next();
}
