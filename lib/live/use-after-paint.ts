import { useLayoutEffect, useState } from 'react';

/**
 * True once what `shown` guards has been painted: two animation frames after it was committed (the second
 * frame starts only when the first was presented). Work that the first paint does not need waits for this,
 * so it never delays that frame. `mark` names a performance mark set at that moment (`npm run bench` reads it).
 */
export function useAfterPaint(shown: boolean, mark?: string): boolean {
  const [painted, setPainted] = useState(false);
  useLayoutEffect(() => {
    if (!shown || painted) return;
    let second = 0;
    const first = requestAnimationFrame(() => {
      second = requestAnimationFrame(() => {
        if (mark) performance.mark(mark);
        setPainted(true);
      });
    });
    return () => {
      cancelAnimationFrame(first);
      cancelAnimationFrame(second);
    };
  }, [shown, painted, mark]);
  return painted;
}
