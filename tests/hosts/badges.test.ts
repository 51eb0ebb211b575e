import { afterEach, describe, expect, test, vi } from 'vitest';
import type { VisibilityWatch } from '../../lib/hosts/badges/visibility';
import { ACTIVITIES } from '../../lib/domain/events/activity-list';
import { BADGES_PER_FRAME, createBadges } from '../../lib/hosts/badges';
import { googleAdapter } from '../../lib/hosts/google/adapter';
import type { ReadChip } from '../../lib/hosts/types';

afterEach(() => {
  vi.restoreAllMocks();
  document.documentElement.innerHTML = '<head></head><body></body>';
});

/** A column of `n` Google timed chips (buttons, so badges go beside them). */
function column(n: number): ReadChip[] {
  const col = document.createElement('div');
  document.body.append(col);
  return Array.from({ length: n }, (_, i) => {
    const chip = document.createElement('div');
    chip.setAttribute('role', 'button');
    chip.setAttribute('data-eventid', `e${i}`);
    chip.tabIndex = 0;
    chip.setAttribute('style', `top:${i * 2}px;height:20px;left:0%;width:100%`);
    col.append(chip);
    return { sourceId: `e${i}`, element: chip };
  });
}

/** Animation frames run by hand, so each frame's writes can be counted. */
function manualFrames() {
  const queue: FrameRequestCallback[] = [];
  vi.spyOn(window, 'requestAnimationFrame').mockImplementation((cb) => queue.push(cb));
  return () => {
    const run = queue.splice(0);
    for (const cb of run) cb(performance.now());
    return run.length;
  };
}

const badges = () => document.querySelectorAll('button[data-leadership-calendar]');

/** Every chip is near the eye at once (these tests are about frames); the visibility tests below control it. */
const allNear: VisibilityWatch = {
  watch: (chips, near) => {
    near([...chips]);
    return () => {};
  },
};

function setup(
  signal = new AbortController().signal,
  unobserved?: (write: () => void) => void,
  visibility: VisibilityWatch = allNear,
) {
  return createBadges({
    doc: document,
    activities: ACTIVITIES.map(({ id, kind, label }) => ({ id, kind, label })),
    chips: googleAdapter,
    onChoose: async () => null,
    signal,
    unobserved,
    visibility,
  });
}

test('a large view is badged over several frames, at most BADGES_PER_FRAME each, then marked as drawn', () => {
  const frame = manualFrames();
  const unobserved = vi.fn((write: () => void) => write());
  const chips = column(BADGES_PER_FRAME * 2 + 50);
  performance.clearMarks('leadership-calendar:badges-drawn');
  setup(undefined, unobserved).apply(chips);
  expect(badges()).toHaveLength(0); // nothing is written outside an animation frame
  frame();
  expect(badges()).toHaveLength(BADGES_PER_FRAME);
  frame();
  expect(badges()).toHaveLength(BADGES_PER_FRAME * 2);
  frame();
  expect(badges()).toHaveLength(chips.length);
  expect(unobserved).toHaveBeenCalledTimes(3); // every frame's writes go through the observer's pause
  expect(performance.getEntriesByName('leadership-calendar:badges-drawn')).toHaveLength(0);
  frame(); // the frame after the last writes: they have been painted
  expect(performance.getEntriesByName('leadership-calendar:badges-drawn')).toHaveLength(1);
  // Each badge sits right after its chip, with the chip's top and its kind for the colour rule.
  const first = chips[0]!.element.nextElementSibling as HTMLElement;
  expect(first.getAttribute('data-source-id')).toBe('e0');
  expect(first.getAttribute('data-kind')).toBe('untagged');
  expect(first.style.top).toBe('0px');
  expect(first.textContent).toBe('?');
});

test('a chip with its own z-index passes it to its badge, so the badge still paints above it', () => {
  const frame = manualFrames();
  const chips = column(2);
  chips[1]!.element.style.zIndex = '5';
  setup().apply(chips);
  frame();
  const [plain, raised] = chips.map((c) => c.element.nextElementSibling as HTMLElement);
  expect(plain!.style.zIndex).toBe('');
  expect(raised!.style.zIndex).toBe('5');
  expect(raised!.style.top).toBe('2px');
});

test('a newer read replaces the chips still waiting, and reading again adds no second badge', () => {
  const frame = manualFrames();
  const view = setup();
  const chips = column(BADGES_PER_FRAME + 10);
  view.apply(chips);
  frame();
  view.apply(chips.slice(0, 5), { e1: { kind: 'instructional', activity: 'walkthrough', setBy: 'person' } });
  while (frame());
  expect(badges()).toHaveLength(BADGES_PER_FRAME); // the 10 left over from the first read are not drawn
  expect(chips[1]!.element.nextElementSibling!.getAttribute('data-kind')).toBe('instructional');
  expect(chips[1]!.element.nextElementSibling!.textContent).toBe('I');
});

test('the tooltip is written when a pointer reaches the badge, from its accessible name', () => {
  const frame = manualFrames();
  const chips = column(3);
  setup().apply(chips, {
    e2: { kind: 'operational', activity: 'discipline', setBy: 'rule', reason: 'title has "detention"' },
  });
  while (frame());
  const badge = chips[2]!.element.nextElementSibling as HTMLButtonElement;
  expect(badge.hasAttribute('title')).toBe(false);
  badge.dispatchEvent(new PointerEvent('pointerover', { bubbles: true }));
  expect(badge.getAttribute('aria-label')).toMatch(
    /^Leadership Calendar: Operational, .*\(suggested: title has "detention"\)\. Change tag$/,
  );
  expect(badge.title).toBe(badge.getAttribute('aria-label')!.replace(/\. Change tag$/, ''));
});

test('stopping removes every badge and cancels frames not yet drawn', () => {
  const frame = manualFrames();
  const controller = new AbortController();
  setup(controller.signal).apply(column(BADGES_PER_FRAME + 1));
  frame();
  controller.abort();
  while (frame());
  expect(document.querySelectorAll('[data-leadership-calendar]')).toHaveLength(0);
});

describe('badges where the eye is', () => {
  /** A watch the test drives: it says which chips scrolled near, as the browser's observer would. */
  function controlledWatch() {
    let report: (chips: HTMLElement[]) => void = () => {};
    const watched: HTMLElement[] = [];
    const watch: VisibilityWatch = {
      watch: (chips, near) => {
        watched.splice(0, watched.length, ...chips);
        report = near;
        return () => watched.splice(0);
      },
    };
    return { watch, watched, scrollNear: (chips: HTMLElement[]) => report(chips) };
  }

  test('only chips near the eye are drawn; a chip scrolled near gets its badge in the next frame', () => {
    const frame = manualFrames();
    const chips = column(20);
    const { watch, watched, scrollNear } = controlledWatch();
    setup(undefined, undefined, watch).apply(chips);
    expect(watched).toHaveLength(20);
    scrollNear(chips.slice(0, 5).map((c) => c.element));
    frame();
    expect(badges()).toHaveLength(5);
    scrollNear([chips[12]!.element]);
    frame();
    expect(badges()).toHaveLength(6);
    expect(chips[12]!.element.nextElementSibling?.hasAttribute('data-leadership-calendar')).toBe(true);
  });

  test('a chip reached by keyboard has its badge before the next Tab, even far from the eye', () => {
    manualFrames();
    const chips = column(20);
    const { watch } = controlledWatch();
    setup(undefined, undefined, watch).apply(chips);
    expect(badges()).toHaveLength(0);
    chips[17]!.element.focus();
    // Synchronously: the badge follows the chip in the tab order the moment the chip has focus.
    expect(chips[17]!.element.nextElementSibling?.getAttribute('data-leadership-calendar')).toBe('badge');
    expect(badges()).toHaveLength(1);
  });

  test('a new read stops watching the old chips', () => {
    manualFrames();
    const { watch, watched } = controlledWatch();
    const b = setup(undefined, undefined, watch);
    b.apply(column(10));
    const fresh = column(3);
    b.apply(fresh);
    expect(watched.map((c) => c.dataset.eventid)).toEqual(fresh.map((c) => c.element.dataset.eventid));
  });
});

test('focus on a button inside a chip (stacked and Outlook chips) draws that chip’s badge', () => {
  manualFrames();
  const col = document.createElement('div');
  document.body.append(col);
  const chip = document.createElement('div');
  chip.setAttribute('data-eventid', 'stacked');
  const inner = document.createElement('div');
  inner.setAttribute('role', 'button');
  inner.tabIndex = 0;
  chip.append(inner);
  col.append(chip);
  setup(undefined, undefined, { watch: () => () => {} }).apply([{ sourceId: 'stacked', element: chip }]);
  expect(badges()).toHaveLength(0);
  inner.focus();
  expect(badges()).toHaveLength(1);
});
