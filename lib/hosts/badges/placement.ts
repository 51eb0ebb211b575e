import { KIND_LABELS } from '../../domain/activity-list';
import type { TagView } from '../../messages/schemas';
import type { HostAdapter } from '../types';
import type { ActivityOption } from './picker';
import { KIND_COLOR, letterOf, OWN_MARKER } from './style';

export function badgeText(
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

/** Where badges go on one calendar's chips, and how a badge shows a tag. Writes only: no layout is read. */
export function createPlacement(chips: Pick<HostAdapter, 'badgeSlot'>, activities: readonly ActivityOption[]) {
  /**
   * Where a chip's badge lives, found in O(1): the host adapter says whether the chip holds it inside
   * (first child) or beside it (next sibling, positioned from the chip's own inline top/left/width).
   */
  const beside = (chip: HTMLElement) => chips.badgeSlot(chip) === 'beside';
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

  function paint(badge: HTMLButtonElement, sourceId: string, tag: TagView | undefined) {
    badge.dataset.sourceId = sourceId;
    const view = badgeText(tag, activities);
    if (badge.textContent !== view.letter) badge.textContent = view.letter;
    if (badge.style.background !== view.color) badge.style.background = view.color;
    if (badge.getAttribute('aria-label') !== view.label) {
      badge.setAttribute('aria-label', view.label);
      badge.title = view.label.replace(/\. Change tag$/, '');
    }
  }

  return { badgeOf, place, paint };
}
