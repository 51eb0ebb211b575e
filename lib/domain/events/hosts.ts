/**
 * The calendar sites the extension reads: the one place their identity is written. Manifest matches,
 * sender checks, message and storage schemas and the content-script adapters all derive from it.
 * Plain data (no zod), so content scripts may import it. Adding a calendar: add it here, then a folder
 * under lib/hosts/ with its adapter and an entrypoint (docs/architecture.md, "Adding a calendar host").
 */
export const CALENDAR_HOSTS = {
  google: { name: 'Google Calendar', hostnames: ['calendar.google.com'] },
  outlook: {
    name: 'Outlook',
    // Microsoft is moving Outlook on the web to outlook.cloud.microsoft; office.com redirects for migrated tenants.
    hostnames: ['outlook.office.com', 'outlook.office365.com', 'outlook.live.com', 'outlook.cloud.microsoft'],
  },
} as const satisfies Record<string, { name: string; hostnames: readonly string[] }>;

export type HostId = keyof typeof CALENDAR_HOSTS;
export const HOST_IDS = Object.keys(CALENDAR_HOSTS) as [HostId, ...HostId[]];

/** Manifest match patterns of a calendar host. */
export function hostMatches(id: HostId): string[] {
  return CALENDAR_HOSTS[id].hostnames.map((hostname) => `https://${hostname}/*`);
}

/** Which calendar a page URL belongs to, from the browser-reported sender URL (never from the message body). */
export function hostOfUrl(url: string | undefined): HostId | null {
  if (!url) return null;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'https:') return null;
  for (const id of HOST_IDS) {
    if ((CALENDAR_HOSTS[id].hostnames as readonly string[]).includes(parsed.hostname)) return id;
  }
  return null;
}
