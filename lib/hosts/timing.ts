/** Records a synchronous slice of content-script work as a performance measure (`npm run bench` reads them). */
export function timed<T>(name: string, work: () => T): T {
  const start = performance.now();
  try {
    return work();
  } finally {
    performance.measure(`leadership-calendar:${name}`, { start, end: performance.now() });
  }
}
