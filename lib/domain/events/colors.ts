/**
 * Google Calendar's eleven event colours, by the names Google gives them (research/leader-practice.md §2:
 * event colours are personal, except that someone with "make changes" access to a boss's calendar sets and
 * sees the boss's colours — so an assistant principal's colour code reaches the principal with no file).
 *
 * A chip is drawn in its calendar's colour unless the event has a colour of its own; only then does Google's
 * label carry a colour part ("Color: Grape", in the page's language). A calendar whose own colour happens to
 * be Peacock must not make every one of its events "Peacock", so an event has a colour name only when its
 * label says so. The name is found from the chip's colour (the same in every language) where it is one of
 * Google's, else from the English name in the label.
 */
export const GOOGLE_EVENT_COLORS = [
  // The current palette first, then the classic one (Settings → "Color set"), both as Google draws them in light
  // mode; `dark` as it draws them in dark mode (research/google-dom-2025-26.md §2, measured 2026-09).
  { id: 'tomato', name: 'Tomato', hex: ['#d50000', '#dc2127'], dark: '#da5234' },
  { id: 'flamingo', name: 'Flamingo', hex: ['#e67c73', '#ff887c'], dark: '#d6837a' },
  { id: 'tangerine', name: 'Tangerine', hex: ['#f4511e', '#ffb878'], dark: '#e3683e' },
  { id: 'banana', name: 'Banana', hex: ['#f6bf26', '#fbd75b'], dark: '#e7ba51' },
  { id: 'sage', name: 'Sage', hex: ['#33b679', '#7ae7bf'], dark: '#55b080' },
  { id: 'basil', name: 'Basil', hex: ['#0b8043', '#51b749'], dark: '#489160' },
  { id: 'peacock', name: 'Peacock', hex: ['#039be5', '#46d6db'], dark: '#4b99d2' },
  { id: 'blueberry', name: 'Blueberry', hex: ['#3f51b5', '#5484ed'], dark: '#6e72c3' },
  { id: 'lavender', name: 'Lavender', hex: ['#7986cb', '#a4bdfc'], dark: '#828bc2' },
  { id: 'grape', name: 'Grape', hex: ['#8e24aa', '#dbadff'], dark: '#a75aba' },
  { id: 'graphite', name: 'Graphite', hex: ['#616161', '#e1e1e1'], dark: '#7c7c7c' },
] as const;

export type GoogleColorId = (typeof GOOGLE_EVENT_COLORS)[number]['id'];
export type GoogleColor = (typeof GOOGLE_EVENT_COLORS)[number];

export type ColourMode = 'light' | 'dark';
const byHex: Record<ColourMode, Map<string, GoogleColor>> = {
  light: new Map(GOOGLE_EVENT_COLORS.flatMap((c) => c.hex.map((h) => [h, c] as const))),
  dark: new Map(GOOGLE_EVENT_COLORS.map((c) => [c.dark, c] as const)),
};
const byName = new Map<string, GoogleColor>(GOOGLE_EVENT_COLORS.map((c) => [c.name.toLowerCase(), c]));

/** The palette colour a chip draws in the page's mode (a custom colour of any hex is not one, by its hex). */
export const paletteColourByHex = (hex: string | undefined, mode: ColourMode): GoogleColor | undefined =>
  hex ? byHex[mode].get(hex.toLowerCase()) : undefined;
export const paletteColourByName = (name: string | undefined): GoogleColor | undefined =>
  name ? byName.get(name.trim().toLowerCase()) : undefined;

/**
 * The event's own palette colour, or undefined when it is drawn in its calendar's colour or has a custom colour
 * (since June 2026 an event's colour may be any hex with a free-text name: "Color: Team Meetings"). By name first;
 * by hex only for what was read before the reader named palette colours itself (light mode, in the page's language).
 */
export function eventColorOf(event: {
  color?: string | undefined;
  colorName?: string | undefined;
}): GoogleColor | undefined {
  if (!event.colorName) return undefined;
  return paletteColourByName(event.colorName) ?? paletteColourByHex(event.color, 'light');
}

/** The name of an event's own colour as a person reads it: the palette's English name, or the custom name. */
export function eventColourName(event: {
  color?: string | undefined;
  colorName?: string | undefined;
}): string | undefined {
  return eventColorOf(event)?.name ?? event.colorName?.trim() ?? undefined;
}
