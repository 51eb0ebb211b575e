import type { Kind } from '../../domain/activity-list';
import type { TagView } from '../../messages/schemas';
import { timed } from '../timing';
import type { HostAdapter, ReadChip } from '../types';
import { createNotice } from './notice';
import { type ActivityOption, createPicker } from './picker';
import { createPlacement } from './placement';
import { CSS, OWN_MARKER } from './style';

export { OWN_MARKER };
export type { ActivityOption };

/** Chips badged per task; measured in `npm run bench` to stay well under a 50 ms task. */
export const BADGE_SLICE = 150;

export interface BadgeHost {
  doc: Document;
  activities: readonly ActivityOption[];
  /** How this calendar's chips hold a badge (from the host adapter). */
  chips: Pick<HostAdapter, 'badgeSlot' | 'isChip'>;
  onChoose: (sourceId: string, kind: Kind, activity: string) => Promise<TagView | null>;
  signal: AbortSignal;
}

/** Draws and updates tag badges on event chips; idempotent, and everything it adds is removed on abort. */
export function createBadges(host: BadgeHost) {
  const { doc } = host;
  const style = doc.createElement('style');
  style.setAttribute(OWN_MARKER, 'style');
  style.textContent = CSS;
  doc.head.append(style);
  const picker = createPicker(host, (sourceId, tag) => setTag(sourceId, tag));
  const showNotice = createNotice(doc);
  const tags = new Map<string, TagView>();
  const chipsById = new Map<string, HTMLElement[]>();
  const { badgeOf, place, paint: paintTag } = createPlacement(host.chips, host.activities);
  const paint = (badge: HTMLButtonElement, sourceId: string) => paintTag(badge, sourceId, tags.get(sourceId));

  /** Badges a slice of chips: writes only, no layout is read and no style of the calendar's is changed. */
  function badgeSlice(slice: readonly ReadChip[]) {
    for (const { sourceId, element } of slice) {
      if (!element.isConnected) continue;
      let badge = badgeOf(element);
      if (!badge) {
        badge = doc.createElement('button');
        badge.type = 'button';
        badge.className = 'lc-badge';
        badge.setAttribute(OWN_MARKER, 'badge');
        place(element, badge);
      }
      paint(badge, sourceId);
    }
  }

  function setTag(sourceId: string, tag: TagView) {
    tags.set(sourceId, tag);
    for (const chip of chipsById.get(sourceId) ?? []) {
      const badge = chip.isConnected ? badgeOf(chip) : null;
      if (badge) paint(badge, sourceId);
    }
  }

  // One set of listeners for every badge (capture phase, so the calendar's own handlers never see
  // a badge's clicks, drags or keys), instead of six listeners on each of hundreds of badges.
  const badgeFrom = (e: Event) =>
    e.target instanceof doc.defaultView!.Element
      ? e.target.closest<HTMLButtonElement>(`button.lc-badge[${OWN_MARKER}]`)
      : null;
  const listen = { capture: true, signal: host.signal };
  for (const type of ['mousedown', 'pointerdown', 'mouseup', 'pointerup', 'dblclick', 'keyup']) {
    doc.addEventListener(type, (e) => badgeFrom(e) && e.stopPropagation(), listen);
  }
  doc.addEventListener(
    'click',
    (e) => {
      const badge = badgeFrom(e);
      if (!badge) return;
      e.stopPropagation();
      e.preventDefault();
      picker.open(badge, badge.dataset.sourceId!, tags.get(badge.dataset.sourceId!));
    },
    listen,
  );
  doc.addEventListener(
    'keydown',
    (e) => {
      const badge = badgeFrom(e);
      if (!badge) return;
      e.stopPropagation();
      if (e.key === 'Enter' || e.key === ' ') {
        e.preventDefault();
        picker.open(badge, badge.dataset.sourceId!, tags.get(badge.dataset.sourceId!));
      }
    },
    listen,
  );

  host.signal.addEventListener('abort', () => {
    for (const el of Array.from(doc.querySelectorAll(`[${OWN_MARKER}]`))) el.remove();
  });

  let generation = 0;
  return {
    /** Draws badges on every chip read; `latest` (the tags of what is on screen) replaces the known tags. */
    apply(chips: readonly ReadChip[], latest?: Record<string, TagView>) {
      if (latest) {
        // Only what is on screen is kept: a tab open for a whole term does not grow with every week seen.
        tags.clear();
        for (const [id, tag] of Object.entries(latest)) tags.set(id, tag);
      }
      chipsById.clear();
      for (const { sourceId, element } of chips) {
        const list = chipsById.get(sourceId) ?? [];
        list.push(element);
        chipsById.set(sourceId, list);
      }
      // Badges beside chips the calendar has since removed or replaced are removed too.
      for (const badge of Array.from(doc.querySelectorAll<HTMLElement>(`button.lc-beside[${OWN_MARKER}]`))) {
        const chip = badge.previousElementSibling;
        if (!chip || !host.chips.isChip(chip)) badge.remove();
      }
      // Slices of BADGE_SLICE chips, one per task, so a 1000-event view never blocks the page.
      const mine = ++generation;
      const run = (from: number) => {
        if (mine !== generation || host.signal.aborted) return;
        timed('badge', () => badgeSlice(chips.slice(from, from + BADGE_SLICE)));
        if (from + BADGE_SLICE < chips.length) setTimeout(() => run(from + BADGE_SLICE), 0);
      };
      run(0);
    },
    /** The visible, non-blocking "can't read this view" notice (or its removal). */
    showNotice,
  };
}
