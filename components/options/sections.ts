/**
 * The options page's sections, in the order the navigation lists them. Each has its own link
 * (`options.html#school-day`); an old link's id (`#send-tags`) still opens the section that now holds it.
 */
export const OPTION_SECTIONS = [
  { id: 'settings', label: 'Role, nudges and goal' },
  { id: 'school-day', label: 'School day' },
  { id: 'calendars', label: 'Your calendars' },
  { id: 'reconcile', label: 'Daily reconcile' },
  { id: 'staff', label: 'Staff list' },
  { id: 'time-saved', label: 'Time-saved presets' },
  { id: 'colour-key', label: 'Colour key' },
  { id: 'rules', label: 'Tagging rules' },
  { id: 'sharing', label: 'Sharing' },
  { id: 'backup', label: 'Backup and restore' },
  { id: 'import', label: 'Import history' },
  { id: 'delete', label: 'Delete all data' },
  { id: 'privacy', label: 'Privacy' },
] as const;
export type OptionSection = (typeof OPTION_SECTIONS)[number]['id'];

const ALIASES: Record<string, OptionSection> = { 'send-tags': 'sharing', export: 'sharing' };

/** The section a location hash names; the first section for none or an unknown one. */
export function sectionOf(hash: string): OptionSection {
  const id = decodeURIComponent(hash.replace(/^#/, ''));
  const known = OPTION_SECTIONS.find((s) => s.id === id)?.id;
  return known ?? ALIASES[id] ?? OPTION_SECTIONS[0].id;
}
