import { useRef } from 'react';

/**
 * The latest value a live query gave, kept while a new one loads (its inputs changed): a view that is being answered
 * is never swapped for "Loading…" and back, which would lose its focus and the question it was on.
 */
export function useLatest<T>(value: T | undefined): T | undefined {
  const last = useRef(value);
  if (value !== undefined) last.current = value;
  return last.current;
}
