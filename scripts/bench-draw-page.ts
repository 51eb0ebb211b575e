// Bundled into a plain calendar page by `npm run bench` (section "draw"): the real reader and badge code on the
// bench week, without the extension around them, so what drawing badges costs the page (our writes and the
// browser's style, layout and paint for them) is measured on its own, from CDP metrics and without tracing.
import { ACTIVITIES } from '../lib/domain/events/activity-list';
import { createBadges } from '../lib/hosts/badges';
import { googleAdapter } from '../lib/hosts/google/adapter';
import { googleReader } from '../lib/hosts/google/read-google';
import { localeFor } from '../lib/hosts/google/locales';
import { parseGoogleLabel } from '../lib/hosts/google/parse-label';
import { readAll, type ReadChip } from '../lib/hosts/types';

const DRAWN = 'leadership-calendar:badges-drawn';
const nextFrame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve));
let chips: ReadChip[] = [];
// Long tasks while badges are drawn (the browser's style, layout and paint of a frame included).
let longest = 0;
new PerformanceObserver((list) => {
  for (const e of list.getEntries()) longest = Math.max(longest, e.duration);
}).observe({ type: 'longtask' });

(window as unknown as { lcDraw: unknown }).lcDraw = {
  /**
   * What the worker does since issue #32, measured here in a page for comparison: parsing the labels alone, from
   * texts already read from the DOM. Returns the parse time in ms and the size of the texts as JSON.
   */
  parseOnly: () => {
    const labels = Array.from(
      document.querySelectorAll('[data-eventchip][data-eventid] .XuJrye'),
      (el) => el.textContent ?? '',
    );
    const { table } = localeFor(document.documentElement.lang || 'en');
    const start = performance.now();
    for (const label of labels)
      parseGoogleLabel(label, { lang: 'en', locale: table, title: undefined, allDayHint: false });
    return { ms: performance.now() - start, labels: labels.length, bytes: JSON.stringify(labels).length };
  },
  /** Reads the page as the content script does (its chips' texts; parsing is the worker's): the chips to badge. */
  read: () => {
    const start = performance.now();
    chips = readAll(googleReader, document).chips;
    return performance.now() - start;
  },
  /**
   * Draws every badge as the content script does; resolves after `frames` frames, once they are painted, with
   * the badges drawn and the longest task meanwhile (0: none over 50 ms).
   */
  async draw(frames: number) {
    performance.clearMarks(DRAWN);
    longest = 0;
    createBadges({
      doc: document,
      activities: ACTIVITIES.map(({ id, kind, label }) => ({ id, kind, label })),
      chips: googleAdapter,
      onChoose: async () => null,
      signal: new AbortController().signal,
    }).apply(chips);
    let waited = 0;
    while (performance.getEntriesByName(DRAWN).length === 0) {
      await nextFrame();
      waited++;
    }
    for (; waited < frames; waited++) await nextFrame();
    return { drawn: document.querySelectorAll('button[data-leadership-calendar]').length, longest };
  },
  /**
   * The cheaper design issue #24 asked to weigh: no element per chip, one attribute on each chip styled by one
   * stylesheet (the letter as generated content with empty alternative text, so the calendar's own accessible name
   * is unchanged). Measured here against the badges above; see docs/performance.md for why the badges stay.
   */
  async drawAttribute(frames: number) {
    const style = document.createElement('style');
    style.textContent =
      '[data-lc-kind]::after{content:"?" / "";position:absolute;top:1px;right:2px;width:16px;height:16px;border-radius:8px;' +
      'border:1px solid #fff;box-sizing:border-box;font:600 11px/14px system-ui,sans-serif;text-align:center;color:#fff;background:#3c4043}' +
      '[data-lc-kind=instructional]::after{content:"I" / "";background:#1b5e20}' +
      '[data-lc-kind=operational]::after{content:"O" / "";background:#0d47a1}';
    longest = 0;
    await nextFrame();
    document.head.append(style);
    for (const [i, { element }] of chips.entries())
      element.setAttribute('data-lc-kind', ['instructional', 'operational', 'untagged'][i % 3]!);
    for (let waited = 0; waited < frames; waited++) await nextFrame();
    return { drawn: document.querySelectorAll('[data-lc-kind]').length, longest };
  },
  /** The same number of frames with nothing drawn: what the measurement itself costs. */
  async idle(frames: number) {
    for (let i = 0; i < frames; i++) await nextFrame();
    return 0;
  },
};
