import { KIND_LABELS, KIND_VALUES, type Kind } from '../../domain/events/activity-list';
import type { TagView } from '../../messages/schemas';
import { letterOf, OWN_MARKER } from './style';

/** The activities offered in the in-page picker: the zod-free domain list (lib/domain/events/activity-list.ts). */
export interface ActivityOption {
  id: string;
  kind: Kind;
  label: string;
  /** A district activity no longer offered: it names old tags, and is offered only to a tag that has it. */
  retired?: boolean;
}

export interface PickerHost {
  doc: Document;
  activities: readonly ActivityOption[];
  onChoose: (sourceId: string, kind: Kind, activity: string) => Promise<TagView | null>;
}

/**
 * The in-page tag picker: a small dialog by the badge, keyboard first (i/o/p pick the kind, Enter saves,
 * Escape closes and returns focus to the badge). Its events never reach the calendar.
 */
export function createPicker(host: PickerHost, onSaved: (sourceId: string, tag: TagView) => void) {
  const { doc } = host;
  let picker: HTMLElement | null = null;
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
          .filter((a) => a.kind === kind && (!a.retired || a.id === current?.activity))
          .map((a) =>
            Object.assign(doc.createElement('option'), {
              value: a.id,
              textContent: a.retired ? `${a.label} (retired)` : a.label,
            }),
          ),
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
      if (tag) onSaved(sourceId, tag);
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

  return { open: openPicker, close: () => closePicker() };
}
