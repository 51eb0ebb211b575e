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
): { unobserved: (write: () => void) => void } {
  const win = doc.defaultView!;
  const { ownMarker } = options;
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
  // Our own nodes carry the marker themselves (badges, picker, notice), so one attribute check settles
  // almost every record; `closest` is only asked of nodes that are not marked.
  const isOwn = (node: Node) =>
    node instanceof win.Element && (node.hasAttribute(ownMarker) || node.closest(`[${ownMarker}]`) !== null);
  const anyForeign = (nodes: NodeList) => {
    for (let i = 0; i < nodes.length; i++) if (!isOwn(nodes[i]!)) return true;
    return false;
  };
  const relevant = (records: MutationRecord[]) => {
    for (const r of records) {
      if (
        r.type === 'attributes'
          ? !isOwn(r.target)
          : !isOwn(r.target) && (anyForeign(r.addedNodes) || anyForeign(r.removedNodes))
      )
        return true;
    }
    return false;
  };
  const observer = new win.MutationObserver((records) => {
    if (relevant(records)) schedule();
  });
  const watch = () =>
    observer.observe(doc.body, {
      childList: true,
      subtree: true,
      attributes: true,
      attributeFilter: [...options.attributes],
    });
  watch();
  win.addEventListener('popstate', schedule, { signal: options.signal });
  options.signal.addEventListener('abort', () => {
    observer.disconnect();
    if (timer !== undefined) clearTimeout(timer);
    if (frame !== undefined) win.cancelAnimationFrame(frame);
  });
  return {
    /**
     * Runs the extension's own synchronous DOM writes (badges) unobserved: the page cannot run in between,
     * so nothing of the calendar's is missed, and no record is made for each of hundreds of badges.
     * Records queued before (the calendar's own) are handled first.
     */
    unobserved(write: () => void) {
      if (options.signal.aborted) return write();
      if (relevant(observer.takeRecords())) schedule();
      observer.disconnect();
      try {
        write();
      } finally {
        watch();
      }
    },
  };
}
