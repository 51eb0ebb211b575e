import type { Feature } from '../../lib/domain/settings/policy';

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
  { id: 'district', label: 'District policy' },
  { id: 'privacy', label: 'Privacy' },
] as const;
export type OptionSection = (typeof OPTION_SECTIONS)[number]['id'];

/** Sections a district can switch off with its feature (docs/deployment.md, disabledFeatures). */
export const SECTION_FEATURES: Partial<Record<OptionSection, Feature>> = {
  reconcile: 'reconcile',
  'time-saved': 'time-saved',
  backup: 'backup',
  import: 'ics-import',
};

/** The sections shown when these features are switched off. */
export const sectionsShown = (disabled: readonly Feature[]) =>
  OPTION_SECTIONS.filter((s) => {
    const feature = SECTION_FEATURES[s.id];
    return !feature || !disabled.includes(feature);
  });

const ALIASES: Record<string, OptionSection> = { 'send-tags': 'sharing', export: 'sharing' };

/** The section a location hash names; the first section for none, an unknown one or one switched off. */
export function sectionOf(hash: string, disabled: readonly Feature[] = []): OptionSection {
  const id = decodeURIComponent(hash.replace(/^#/, ''));
  const shown = sectionsShown(disabled);
  const known = shown.find((s) => s.id === (ALIASES[id] ?? id))?.id;
  return known ?? OPTION_SECTIONS[0].id;
}
