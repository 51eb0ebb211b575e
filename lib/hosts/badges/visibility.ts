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
 * window. One style read per column, not per chip.
 */
function scrollBoxOf(chip: HTMLElement, cache: Map<Element, Element | null>): Element | null {
  const column = chip.parentElement;
  if (!column) return null;
  const known = cache.get(column);
  if (known !== undefined) return known;
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

/** IntersectionObserver against each chip's own scroll box, with a margin (the browser's work, no layout of ours). */
export function intersectionWatch(): VisibilityWatch {
  return {
    watch(chips, near) {
      const boxes = new Map<Element, Element | null>();
      const observers = new Map<Element | null, IntersectionObserver>();
      for (const chip of chips) {
        const root = scrollBoxOf(chip, boxes);
        let observer = observers.get(root);
        if (!observer) {
          observer = new IntersectionObserver(
            (entries, self) => {
              const seen = entries.filter((e) => e.isIntersecting).map((e) => e.target as HTMLElement);
              for (const chip of seen) self.unobserve(chip);
              if (seen.length) near(seen);
            },
            { root, rootMargin: NEAR_MARGIN },
          );
          observers.set(root, observer);
        }
        observer.observe(chip);
      }
      return () => {
        for (const observer of observers.values()) observer.disconnect();
      };
    },
  };
}
