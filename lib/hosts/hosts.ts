/** The calendar sites the extension reads. Kept in one place: manifest matches, sender checks and tests use it. */
export const GOOGLE_CALENDAR_MATCHES = ['https://calendar.google.com/*'];
export const OUTLOOK_MATCHES = [
  'https://outlook.office.com/*',
  'https://outlook.office365.com/*',
  'https://outlook.live.com/*',
  // Microsoft is moving Outlook on the web here; office.com redirects for migrated tenants.
  'https://outlook.cloud.microsoft/*',
];

export const HOSTS_BY_SOURCE = {
  google: ['calendar.google.com'],
  outlook: ['outlook.office.com', 'outlook.office365.com', 'outlook.live.com', 'outlook.cloud.microsoft'],
} as const;

export type PageSource = keyof typeof HOSTS_BY_SOURCE;

/** Which calendar a page URL belongs to, from the browser-reported sender URL (never from the message body). */
export function sourceOfUrl(url: string | undefined): PageSource | null {
  if (!url) return null;
  let host: string;
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== 'https:') return null;
    host = parsed.hostname;
  } catch {
    return null;
  }
  for (const [source, hosts] of Object.entries(HOSTS_BY_SOURCE) as [PageSource, readonly string[]][]) {
    if (hosts.includes(host)) return source;
  }
  return null;
}
