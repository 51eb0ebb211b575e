import { KIND_LABELS } from '../../domain/events/activity-list';
import type { TagView } from '../../messages/schemas';
import type { HostAdapter } from '../types';
import type { ActivityOption } from './picker';
import { letterOf, OWN_MARKER } from './style';

export interface BadgeText {
  letter: string;
  /** The kind the badge's colour comes from (a stylesheet rule per kind, not an inline colour). */
  kind: string;
  label: string;
  /** The tooltip: the label without its call to action. */
  title: string;
}

export function badgeText(tag: TagView | undefined, activities: readonly ActivityOption[]): BadgeText {
  if (!tag) {
    const label = 'Leadership Calendar: untagged. Choose a tag';
    return { letter: letterOf('untagged'), kind: 'untagged', label, title: 'Leadership Calendar: untagged' };
  }
  const known = activities.find((a) => a.id === tag.activity);
  const activity = known ? (known.retired ? `${known.label} (retired)` : known.label) : tag.activity;
  const why = tag.setBy === 'rule' && tag.reason ? ` (suggested: ${tag.reason})` : '';
  const title = `Leadership Calendar: ${KIND_LABELS[tag.kind]}, ${activity}${why}`;
  return { letter: letterOf(tag.kind), kind: tag.kind, label: `${title}. Change tag`, title };
}

/**
 * Where badges go on one calendar's chips, and how a badge shows a tag. Writes only: no layout is read,
 * and a new badge is complete before it is inserted (one insertion per chip, nothing changed after).
 */
export function createPlacement(
  doc: Document,
  chips: Pick<HostAdapter, 'badgeSlot'>,
  activities: readonly ActivityOption[],
) {
  // Hundreds of chips share a handful of tags: each tag's texts are built once.
  const texts = new Map<string, BadgeText>();
  const textOf = (tag: TagView | undefined) => {
    const key = tag ? `${tag.kind}\u0000${tag.activity}\u0000${tag.setBy}\u0000${tag.reason ?? ''}` : '';
    let text = texts.get(key);
    if (!text) {
      text = badgeText(tag, activities);
      texts.set(key, text);
    }
    return text;
  };

  /**
   * Where a chip's badge lives, found in O(1): the host adapter says whether the chip holds it inside
   * (first child) or beside it (next sibling, positioned from the chip's own inline top/left/width).
   */
  const beside = (chip: HTMLElement) => chips.badgeSlot(chip) === 'beside';
  const badgeOf = (chip: HTMLElement) => {
    const candidate = beside(chip) ? chip.nextElementSibling : chip.firstElementChild;
    return candidate?.hasAttribute(OWN_MARKER) ? (candidate as HTMLButtonElement) : null;
  };

  /** Writes a tag's kind, letter and accessible name on a badge, each only where it differs. */
  function writeText(badge: HTMLButtonElement, text: BadgeText) {
    if (badge.getAttribute('data-kind') !== text.kind) badge.setAttribute('data-kind', text.kind);
    if (badge.textContent !== text.letter) badge.textContent = text.letter;
    // The tooltip is written when a pointer first reaches the badge (showTitle), not for every chip up front.
    if (badge.getAttribute('aria-label') !== text.label) {
      badge.setAttribute('aria-label', text.label);
      if (badge.hasAttribute('title')) badge.title = text.title;
    }
  }

  function paint(badge: HTMLButtonElement, sourceId: string, tag: TagView | undefined) {
    if (badge.getAttribute('data-source-id') !== sourceId) badge.setAttribute('data-source-id', sourceId);
    writeText(badge, textOf(tag));
  }

  /** The mouse user's tooltip, from the same texts as the accessible name. */
  function showTitle(badge: HTMLElement, tag: TagView | undefined) {
    const { title } = textOf(tag);
    if (badge.title !== title) badge.title = title;
  }

  // A finished badge per tag text and slot (kind, letter and accessible name already in place): a new badge is
  // one deep clone plus its event id and position, instead of a handful of writes each.
  const templates = new Map<BadgeText, [HTMLButtonElement, HTMLButtonElement]>();
  const templateOf = (text: BadgeText, besideChip: boolean) => {
    let pair = templates.get(text);
    if (!pair) {
      const make = (className: string) => {
        const badge = doc.createElement('button');
        badge.type = 'button';
        badge.className = className;
        badge.setAttribute(OWN_MARKER, 'badge');
        writeText(badge, text);
        return badge;
      };
      pair = [make('lc-badge'), make('lc-badge lc-beside')];
      templates.set(text, pair);
    }
    return pair[besideChip ? 1 : 0];
  };

  /** A new badge for a chip, complete and positioned before it is inserted. */
  function add(chip: HTMLElement, sourceId: string, tag: TagView | undefined) {
    const besideChip = beside(chip);
    const badge = templateOf(textOf(tag), besideChip).cloneNode(true) as HTMLButtonElement;
    badge.setAttribute('data-source-id', sourceId);
    if (!besideChip) {
      chip.prepend(badge);
      return;
    }
    // Inline style values only (no layout is read). Google sizes chips in px or in percentages of the
    // column: the badge's left edge is the chip's right edge (the class shifts it back). A badge paints above
    // its chip by coming after it in the DOM; a chip given its own z-index passes it on, so that still holds.
    const { top, left, width, zIndex } = chip.style;
    const right =
      left.endsWith('%') && width.endsWith('%')
        ? `left:${parseFloat(left) + parseFloat(width)}%`
        : 'right:2px;margin-left:0';
    badge.setAttribute('style', `top:${top || '0'};${right}${zIndex ? `;z-index:${zIndex}` : ''}`);
    chip.after(badge);
  }

  return { badgeOf, add, paint, showTitle };
}
