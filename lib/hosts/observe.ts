/**
 * Re-reads a calendar page after it changes: DOM mutations (Google and Outlook re-render chips and
 * swap weeks in place) and in-page navigation. Debounced so a burst of mutations costs one read,
 * batched into an animation frame, and stopped by the signal (extension reload or uninstall).
 * Mutations made by the extension itself (badges) are ignored so badging never triggers a re-read.
 */
export function observeCalendar(
  doc: Document,
  onChange: () => void,
  options: { signal: AbortSignal; debounceMs?: number; ownMarker: string; attributes: readonly string[] },
): void {
  const win = doc.defaultView!;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let frame: number | undefined;
  const schedule = () => {
    if (options.signal.aborted) return;
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(() => {
      frame = win.requestAnimationFrame(() => {
        if (!options.signal.aborted) onChange();
      });
    }, options.debounceMs ?? 250);
  };
  const isOwn = (node: Node) =>
    node instanceof win.Element &&
    (node.hasAttribute(options.ownMarker) || node.closest(`[${options.ownMarker}]`) !== null);
  const observer = new win.MutationObserver((records) => {
    const relevant = records.some((r) => {
      if (r.type === 'attributes') return !isOwn(r.target);
      return [...Array.from(r.addedNodes), ...Array.from(r.removedNodes)].some((n) => !isOwn(n)) && !isOwn(r.target);
    });
    if (relevant) schedule();
  });
  observer.observe(doc.body, {
    childList: true,
    subtree: true,
    attributes: true,
    attributeFilter: [...options.attributes],
  });
  win.addEventListener('popstate', schedule, { signal: options.signal });
  options.signal.addEventListener('abort', () => {
    observer.disconnect();
    if (timer !== undefined) clearTimeout(timer);
    if (frame !== undefined) win.cancelAnimationFrame(frame);
  });
}
