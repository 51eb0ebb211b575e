import type { Kind } from '../../domain/events/activity-list';
import type { TagView } from '../../messages/schemas';
import { timed } from '../timing';
import type { HostAdapter, ReadChip } from '../types';
import { createNotice } from './notice';
import { type ActivityOption, createPicker } from './picker';
import { createPlacement } from './placement';
import { CSS, OWN_MARKER } from './style';
import { intersectionWatch, type VisibilityWatch } from './visibility';

export { OWN_MARKER };
export type { ActivityOption };

/** Badges written per animation frame (our writes plus the browser's work for them, ~50 µs a badge). */
export const BADGES_PER_FRAME = 400;

export interface BadgeHost {
  doc: Document;
  activities: readonly ActivityOption[];
  /** How this calendar's chips hold a badge (from the host adapter). */
  chips: Pick<HostAdapter, 'badgeSlot' | 'isChip'>;
  onChoose: (sourceId: string, kind: Kind, activity: string) => Promise<TagView | null>;
  signal: AbortSignal;
  /** Runs each batch of badge writes (the page observer does not watch them). */
  unobserved?: (write: () => void) => void;
  /** Which chips are near the leader's eye (default: each chip's scroll box, observed by the browser). */
  visibility?: VisibilityWatch;
}

/** Draws and updates tag badges on event chips; idempotent, and everything it adds is removed on abort. */
export function createBadges(host: BadgeHost) {
  const { doc } = host;
  // The stylesheet goes in with the first badges (or the notice), in the same frame: a stylesheet added on its
  // own makes the browser recompute the calendar's style and layout once more before any badge is drawn.
  let style: HTMLStyleElement | null = null;
  const ensureStyle = () => {
    if (style?.isConnected) return;
    style = doc.createElement('style');
    style.setAttribute(OWN_MARKER, 'style');
    style.textContent = CSS;
    doc.head.append(style);
  };
  const picker = createPicker(host, (sourceId, tag) => setTag(sourceId, tag));
  const notice = createNotice(doc);
  const showNotice = (text: string | null) => {
    if (text) ensureStyle();
    notice(text);
  };
  const tags = new Map<string, TagView>();
  const chipsById = new Map<string, HTMLElement[]>();
  const { badgeOf, add, paint: paintTag, showTitle } = createPlacement(doc, host.chips, host.activities);
  const paint = (badge: HTMLButtonElement, sourceId: string) => paintTag(badge, sourceId, tags.get(sourceId));
  const win = doc.defaultView!;

  /** Badges beside chips the calendar has since removed or replaced are removed. */
  function removeStale() {
    for (const badge of Array.from(doc.querySelectorAll<HTMLElement>(`button.lc-beside[${OWN_MARKER}]`))) {
      const chip = badge.previousElementSibling;
      if (!chip || !host.chips.isChip(chip)) badge.remove();
    }
  }

  /** Badges chips: writes only, no layout is read and no style of the calendar's is changed. */
  function badgeSome(chips: readonly ReadChip[]) {
    for (const { sourceId, element } of chips) {
      if (!element.isConnected) continue;
      const badge = badgeOf(element);
      if (badge) paint(badge, sourceId);
      else add(element, sourceId, tags.get(sourceId));
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
    'pointerover',
    (e) => {
      const badge = badgeFrom(e);
      if (badge) showTitle(badge, tags.get(badge.dataset.sourceId!));
    },
    listen,
  );
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

  // Badges are written in animation frames, up to BADGES_PER_FRAME each: the calendar's grid is laid out
  // and painted once per frame for all of them, and the frame (our writes plus the browser's style,
  // layout and paint of the new badges) stays well under a 50 ms long task (`npm run bench` measures it).
  // Only chips near the leader's eye are drawn (the others as they scroll near, or when they get focus).
  let queue: ReadChip[] = [];
  let frame = 0;
  /** Badges beside chips the calendar replaced are removed in the first frame after a read. */
  let staleCheck = false;
  const sourceOf = new Map<HTMLElement, string>();
  const visibility = host.visibility ?? intersectionWatch();
  let stopWatching = () => {};
  function draw() {
    frame = 0;
    if (host.signal.aborted) return;
    const batch = queue.slice(0, BADGES_PER_FRAME);
    queue = queue.slice(batch.length);
    const write = () => {
      if (batch.length) ensureStyle();
      if (staleCheck) removeStale();
      staleCheck = false;
      badgeSome(batch);
    };
    timed('badge', () => (host.unobserved ? host.unobserved(write) : write()));
    if (queue.length) frame = win.requestAnimationFrame(draw);
    // The next frame starts once this one is painted: the bench reads this mark as "every badge near the eye drawn".
    else
      win.requestAnimationFrame(() => performance.mark('leadership-calendar:badges-drawn', { detail: batch.length }));
  }
  const enqueue = (chips: readonly ReadChip[]) => {
    queue = queue.concat(chips);
    if (!frame) frame = win.requestAnimationFrame(draw);
  };
  host.signal.addEventListener('abort', () => {
    win.cancelAnimationFrame(frame);
    stopWatching();
  });

  // A chip reached by keyboard gets its badge at once, before the next Tab can look for it.
  doc.addEventListener(
    'focusin',
    (e) => {
      // The focused element is the chip, or a button inside it (stacked and Outlook chips).
      let chip = e.target instanceof win.HTMLElement ? e.target : null;
      while (chip && !sourceOf.has(chip)) chip = chip.parentElement;
      const sourceId = chip ? sourceOf.get(chip) : undefined;
      if (!chip || sourceId === undefined || badgeOf(chip)) return;
      const write = () => {
        ensureStyle();
        badgeSome([{ sourceId, element: chip }]);
      };
      host.unobserved ? host.unobserved(write) : write();
    },
    listen,
  );

  return {
    /** Draws badges on the chips read near the eye; `latest` (the tags of what is on screen) replaces the known tags. */
    apply(chips: readonly ReadChip[], latest?: Record<string, TagView>) {
      if (latest) {
        // Only what is on screen is kept: a tab open for a whole term does not grow with every week seen.
        tags.clear();
        for (const [id, tag] of Object.entries(latest)) tags.set(id, tag);
      }
      chipsById.clear();
      sourceOf.clear();
      for (const { sourceId, element } of chips) {
        const list = chipsById.get(sourceId) ?? [];
        list.push(element);
        chipsById.set(sourceId, list);
        sourceOf.set(element, sourceId);
      }
      // A newer read replaces what is still waiting (its chips include everything on screen now): badges already
      // drawn are brought up to date in the next frame, the rest are drawn as they come near the eye.
      stopWatching();
      staleCheck = true;
      const drawn = chips.filter((c) => badgeOf(c.element));
      const waiting = chips.filter((c) => !badgeOf(c.element));
      queue = [];
      enqueue(drawn);
      stopWatching = visibility.watch(
        waiting.map((c) => c.element),
        (near) =>
          enqueue(
            near.flatMap((element) => (sourceOf.has(element) ? [{ sourceId: sourceOf.get(element)!, element }] : [])),
          ),
      );
      // Nothing to draw now still gets its frame: stale badges go, and the drawn mark is set.
      if (drawn.length === 0) enqueue([]);
    },
    /** The visible, non-blocking "can't read this view" notice (or its removal). */
    showNotice,
  };
}
