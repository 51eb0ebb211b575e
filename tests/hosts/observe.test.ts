import { afterEach, expect, test, vi } from 'vitest';
import { observeCalendar } from '../../lib/hosts/observe';

const MARKER = 'data-leadership-calendar';
afterEach(() => {
  document.body.innerHTML = '';
});

function watch() {
  const onChange = vi.fn();
  const controller = new AbortController();
  const observer = observeCalendar(document, onChange, {
    signal: controller.signal,
    debounceMs: 10,
    ownMarker: MARKER,
    attributes: ['data-eventid'],
  });
  return { onChange, observer, stop: () => controller.abort() };
}
const settle = () => new Promise((r) => setTimeout(r, 80));

test("the extension's own writes never wake it up", async () => {
  const { onChange, observer, stop } = watch();
  observer.unobserved(() => {
    for (let i = 0; i < 50; i++) {
      const badge = document.createElement('button');
      badge.setAttribute(MARKER, 'badge');
      document.body.append(badge);
    }
  });
  const marked = document.createElement('div');
  marked.setAttribute(MARKER, 'notice');
  document.body.append(marked); // marked nodes added outside a pause are ignored too
  await settle();
  expect(onChange).not.toHaveBeenCalled();
  stop();
});

test("the calendar's change just before our writes is still seen, and so is one just after", async () => {
  const { onChange, observer, stop } = watch();
  document.body.append(document.createElement('div')); // the calendar re-renders...
  observer.unobserved(() => document.body.append(document.createElement('span'))); // ...and we write
  await settle();
  expect(onChange).toHaveBeenCalledTimes(1);
  const chip = document.createElement('div');
  document.body.append(chip);
  await settle();
  chip.setAttribute('data-eventid', 'x');
  await settle();
  expect(onChange).toHaveBeenCalledTimes(3); // observing resumed after the pause
  stop();
});
