import { KIND_LABELS, KIND_VALUES, type Kind } from '../domain/activity-list';
import type { TagView } from '../messages/schemas';
import { timed } from './timing';
import type { HostAdapter, ReadChip } from './types';

/** Marker attribute on everything the extension adds to a calendar page (so it can be found and removed). */
export const OWN_MARKER = 'data-leadership-calendar';

/** The kind's initial as the badge text (I, O, P), from the domain's kind names. */
const letterOf = (kind: Kind | 'untagged') => (kind === 'untagged' ? '?' : KIND_LABELS[kind].charAt(0));
const KIND_COLOR: Record<Kind | 'untagged', string> = {
  instructional: '#1b5e20',
  operational: '#0d47a1',
  personal: '#4a148c',
  untagged: '#3c4043',
};

/** The activities offered in the in-page picker: the zod-free domain list (lib/domain/activity-list.ts). */
export interface ActivityOption {
  id: string;
  kind: Kind;
  label: string;
}

const CSS = `
[${OWN_MARKER}].lc-badge{float:right;position:relative;z-index:5;margin:1px;min-width:18px;height:18px;padding:0 3px;border:1px solid #fff;\
border-radius:9px;font:600 11px/16px system-ui,sans-serif;color:#fff;cursor:pointer;box-sizing:border-box}
[${OWN_MARKER}].lc-badge.lc-beside{float:none;position:absolute;z-index:10;margin:1px 0 0 -22px}
[${OWN_MARKER}].lc-badge:focus-visible{outline:3px solid #ffbf47;outline-offset:1px}
[${OWN_MARKER}].lc-picker{position:fixed;z-index:2147483647;background:#fff;color:#1b1f24;border:1px solid #5f6368;border-radius:8px;padding:8px;\
box-shadow:0 4px 16px rgba(0,0,0,.25);font:13px/1.4 system-ui,sans-serif;width:220px}
[${OWN_MARKER}].lc-picker button{display:block;width:100%;text-align:left;margin:2px 0;padding:4px 6px;border:1px solid #5f6368;border-radius:4px;\
background:#fff;color:#1b1f24;font:inherit;cursor:pointer}
[${OWN_MARKER}].lc-picker button[aria-pressed="true"]{background:#1f4e79;color:#fff}
[${OWN_MARKER}].lc-picker select{width:100%;margin-top:4px;font:inherit}
[${OWN_MARKER}].lc-notice{position:fixed;bottom:16px;left:16px;z-index:2147483646;max-width:360px;background:#fff8f0;color:#1b1f24;\
border:2px solid #b35900;border-radius:8px;padding:10px 12px;font:13px/1.4 system-ui,sans-serif}
`;

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

function badgeText(
  tag: TagView | undefined,
  activities: readonly ActivityOption[],
): { letter: string; color: string; label: string } {
  if (!tag)
    return {
      letter: letterOf('untagged'),
      color: KIND_COLOR.untagged,
      label: 'Leadership Calendar: untagged. Choose a tag',
    };
  const activity = activities.find((a) => a.id === tag.activity)?.label ?? tag.activity;
  const why = tag.setBy === 'rule' && tag.reason ? ` (suggested: ${tag.reason})` : '';
  return {
    letter: letterOf(tag.kind),
    color: KIND_COLOR[tag.kind],
    label: `Leadership Calendar: ${KIND_LABELS[tag.kind]}, ${activity}${why}. Change tag`,
  };
}

/** Draws and updates tag badges on event chips; idempotent, and everything it adds is removed on abort. */
export function createBadges(host: BadgeHost) {
  const { doc } = host;
  const style = doc.createElement('style');
  style.setAttribute(OWN_MARKER, 'style');
  style.textContent = CSS;
  doc.head.append(style);
  let picker: HTMLElement | null = null;
  let notice: HTMLElement | null = null;

  const stop = (e: Event) => e.stopPropagation();
  const closePicker = (returnFocus?: HTMLElement) => {
    picker?.remove();
    picker = null;
    returnFocus?.focus();
  };

  function openPicker(badge: HTMLElement, sourceId: string, current: TagView | undefined) {
    closePicker();
    const box = doc.createElement('div');
    box.setAttribute(OWN_MARKER, 'picker');
    box.className = 'lc-picker';
    box.setAttribute('role', 'dialog');
    box.setAttribute('aria-label', 'Tag this event');
    const rect = badge.getBoundingClientRect();
    box.style.top = `${Math.min(rect.bottom + 4, (doc.defaultView?.innerHeight ?? 800) - 260)}px`;
    box.style.left = `${Math.max(4, Math.min(rect.left, (doc.defaultView?.innerWidth ?? 1200) - 230))}px`;
    const select = doc.createElement('select');
    select.setAttribute('aria-label', 'Activity');
    const fill = (kind: Kind) => {
      select.replaceChildren(
        ...host.activities
          .filter((a) => a.kind === kind)
          .map((a) => Object.assign(doc.createElement('option'), { value: a.id, textContent: a.label })),
      );
      if (current?.kind === kind) select.value = current.activity;
    };
    let kind: Kind = current?.kind ?? 'instructional';
    const kindButtons = KIND_VALUES.map((k) => {
      const b = doc.createElement('button');
      b.type = 'button';
      b.textContent = `${KIND_LABELS[k]} (${letterOf(k).toLowerCase()})`;
      b.setAttribute('aria-pressed', String(k === kind));
      b.addEventListener('click', () => choose(k));
      return b;
    });
    const save = doc.createElement('button');
    save.type = 'button';
    save.textContent = 'Save tag';
    const choose = (k: Kind) => {
      kind = k;
      kindButtons.forEach((b, i) => {
        b.setAttribute('aria-pressed', String(KIND_VALUES[i] === k));
      });
      fill(k);
    };
    const commit = async () => {
      const tag = await host.onChoose(sourceId, kind, select.value);
      closePicker(badge);
      if (tag) setTag(sourceId, tag);
    };
    save.addEventListener('click', () => void commit());
    box.addEventListener('keydown', (e) => {
      e.stopPropagation();
      if (e.key === 'Escape') closePicker(badge);
      else if (e.target === box || (e.target as HTMLElement).tagName === 'BUTTON') {
        const k = ({ i: 'instructional', o: 'operational', p: 'personal' } as const)[
          e.key.toLowerCase() as 'i' | 'o' | 'p'
        ];
        if (k) {
          choose(k);
          select.focus();
        }
      }
      if (e.key === 'Enter' && e.target === select) void commit();
    });
    for (const type of ['click', 'mousedown', 'pointerdown', 'keyup']) box.addEventListener(type, stop);
    box.append(...kindButtons, select, save);
    choose(kind);
    doc.body.append(box);
    picker = box;
    kindButtons[KIND_VALUES.indexOf(kind)]!.focus();
  }

  const tags = new Map<string, TagView>();
  const chipsById = new Map<string, HTMLElement[]>();
  /**
   * Where a chip's badge lives, found in O(1): the host adapter says whether the chip holds it inside
   * (first child) or beside it (next sibling, positioned from the chip's own inline top/left/width).
   */
  const beside = (chip: HTMLElement) => host.chips.badgeSlot(chip) === 'beside';
  const badgeOf = (chip: HTMLElement) => {
    const candidate = beside(chip) ? chip.nextElementSibling : chip.firstElementChild;
    return candidate?.hasAttribute(OWN_MARKER) ? (candidate as HTMLButtonElement) : null;
  };
  const place = (chip: HTMLElement, badge: HTMLButtonElement) => {
    if (!beside(chip)) {
      chip.prepend(badge);
      return;
    }
    // Inline style values only (no layout is read), written in one assignment. Google sizes chips in
    // percentages of the column: the badge's left edge is the chip's right edge (the class shifts it back).
    const { top, left, width } = chip.style;
    badge.className = 'lc-badge lc-beside';
    const right =
      left.endsWith('%') && width.endsWith('%')
        ? `left:${parseFloat(left) + parseFloat(width)}%`
        : 'right:2px;margin-left:0';
    badge.style.cssText = `top:${top || '0'};${right}`;
    chip.after(badge);
  };

  function paint(badge: HTMLButtonElement, sourceId: string) {
    badge.dataset.sourceId = sourceId;
    const view = badgeText(tags.get(sourceId), host.activities);
    if (badge.textContent !== view.letter) badge.textContent = view.letter;
    if (badge.style.background !== view.color) badge.style.background = view.color;
    if (badge.getAttribute('aria-label') !== view.label) {
      badge.setAttribute('aria-label', view.label);
      badge.title = view.label.replace(/\. Change tag$/, '');
    }
  }

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
      openPicker(badge, badge.dataset.sourceId!, tags.get(badge.dataset.sourceId!));
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
        openPicker(badge, badge.dataset.sourceId!, tags.get(badge.dataset.sourceId!));
      }
    },
    listen,
  );

  host.signal.addEventListener('abort', () => {
    for (const el of Array.from(doc.querySelectorAll(`[${OWN_MARKER}]`))) el.remove();
  });

  let generation = 0;
  return {
    /** Draws badges on every chip read; `latest` replaces the known tags when given. */
    apply(chips: readonly ReadChip[], latest?: Record<string, TagView>) {
      if (latest) for (const [id, tag] of Object.entries(latest)) tags.set(id, tag);
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
    showNotice(text: string | null) {
      if (!text) {
        notice?.remove();
        notice = null;
        return;
      }
      if (!notice) {
        notice = doc.createElement('div');
        notice.setAttribute(OWN_MARKER, 'notice');
        notice.className = 'lc-notice';
        notice.setAttribute('role', 'status');
        doc.body.append(notice);
      }
      notice.textContent = text;
    },
  };
}
