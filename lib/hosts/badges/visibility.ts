/**
 * Which chips are where the leader's eye is. Google's week grid scrolls inside a box of the window's height
 * (48 px an hour): chips scrolled out of it get their badge as they come near, never before. Every chip is still
 * read and stored; only drawing follows the eye.
 */
export interface VisibilityWatch {
  /** Calls `near` with the chips that are (or later come) near the visible part of their scroll box; returns stop. */
  watch(chips: readonly HTMLElement[], near: (chips: HTMLElement[]) => void): () => void;
}

/**
 * How far beyond the visible box a chip counts as near: two and a half hours of Google's grid (48 px an hour)
 * above and below, so a badge is drawn a frame or more before its chip scrolls into sight.
 */
export const NEAR_MARGIN = '120px 0px';

/**
 * The box a chip scrolls in: its nearest ancestor whose content scrolls vertically (Google's time grid), else the
 * window. One style read per column, kept for as long as the column is on the page: a re-read of the same week
 * reads no style again (a style read after the calendar's own writes would make the browser recalculate styles).
 */
function scrollBoxOf(chip: HTMLElement, cache: WeakMap<Element, Element | null>): Element | null {
  const column = chip.parentElement;
  if (!column) return null;
  const known = cache.get(column);
  if (known !== undefined && (known === null || known.isConnected)) return known;
  const view = chip.ownerDocument.defaultView!;
  let box: Element | null = null;
  for (let el: Element | null = column; el && el !== chip.ownerDocument.body; el = el.parentElement) {
    const overflow = view.getComputedStyle(el).overflowY;
    if (overflow === 'auto' || overflow === 'scroll') {
      box = el;
      break;
    }
  }
  cache.set(column, box);
  return box;
}

/**
 * IntersectionObserver against each chip's own scroll box, with a margin (the browser's work, no layout of ours).
 * The observers and the columns' scroll boxes are kept across reads (issue #32): each read only changes which
 * chips are observed, and an observer whose box has left the page is let go.
 */
export function intersectionWatch(): VisibilityWatch {
  const boxes = new WeakMap<Element, Element | null>();
  const observers = new Map<Element | null, IntersectionObserver>();
  /** The current watch's callback; a chip reported after its watch stopped is not reported. */
  let current: ((chips: HTMLElement[]) => void) | null = null;
  const observerFor = (root: Element | null) => {
    let observer = observers.get(root);
    if (!observer) {
      observer = new IntersectionObserver(
        (entries, self) => {
          const seen = entries.filter((e) => e.isIntersecting).map((e) => e.target as HTMLElement);
          for (const chip of seen) self.unobserve(chip);
          if (seen.length) current?.(seen);
        },
        { root, rootMargin: NEAR_MARGIN },
      );
      observers.set(root, observer);
    }
    return observer;
  };
  return {
    watch(chips, near) {
      for (const [root, observer] of observers)
        if (root && !root.isConnected) {
          observer.disconnect();
          observers.delete(root);
        }
      const watching = new Map<HTMLElement, IntersectionObserver>();
      const callback = (seen: HTMLElement[]) => near(seen);
      current = callback;
      for (const chip of chips) {
        const observer = observerFor(scrollBoxOf(chip, boxes));
        observer.observe(chip);
        watching.set(chip, observer);
      }
      return () => {
        if (current === callback) current = null;
        for (const [chip, observer] of watching) observer.unobserve(chip);
      };
    },
  };
}
