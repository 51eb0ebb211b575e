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
  // The current palette first, then the classic one (Settings → "Color set"), both as Google draws them.
  { id: 'tomato', name: 'Tomato', hex: ['#d50000', '#dc2127'] },
  { id: 'flamingo', name: 'Flamingo', hex: ['#e67c73', '#ff887c'] },
  { id: 'tangerine', name: 'Tangerine', hex: ['#f4511e', '#ffb878'] },
  { id: 'banana', name: 'Banana', hex: ['#f6bf26', '#fbd75b'] },
  { id: 'sage', name: 'Sage', hex: ['#33b679', '#7ae7bf'] },
  { id: 'basil', name: 'Basil', hex: ['#0b8043', '#51b749'] },
  { id: 'peacock', name: 'Peacock', hex: ['#039be5', '#46d6db'] },
  { id: 'blueberry', name: 'Blueberry', hex: ['#3f51b5', '#5484ed'] },
  { id: 'lavender', name: 'Lavender', hex: ['#7986cb', '#a4bdfc'] },
  { id: 'grape', name: 'Grape', hex: ['#8e24aa', '#dbadff'] },
  { id: 'graphite', name: 'Graphite', hex: ['#616161', '#e1e1e1'] },
] as const;

export type GoogleColorId = (typeof GOOGLE_EVENT_COLORS)[number]['id'];
export type GoogleColor = (typeof GOOGLE_EVENT_COLORS)[number];

const byHex = new Map<string, GoogleColor>(GOOGLE_EVENT_COLORS.flatMap((c) => c.hex.map((h) => [h, c] as const)));
const byName = new Map<string, GoogleColor>(GOOGLE_EVENT_COLORS.map((c) => [c.name.toLowerCase(), c]));

/** The event's own colour, or undefined when it is drawn in its calendar's colour (or its colour is not Google's). */
export function eventColorOf(event: {
  color?: string | undefined;
  colorName?: string | undefined;
}): GoogleColor | undefined {
  if (!event.colorName) return undefined;
  return (
    (event.color ? byHex.get(event.color.toLowerCase()) : undefined) ?? byName.get(event.colorName.trim().toLowerCase())
  );
}
