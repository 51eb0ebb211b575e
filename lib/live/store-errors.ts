import { describeStoreError, isStoreError } from '../store/db';

const rethrow = (error: unknown): never => {
  throw isStoreError(error) ? new Error(describeStoreError(error)) : error;
};

/**
 * Wraps a page's actions so a storage failure (disk full, database closed by an update) reaches the
 * person as a sentence they can act on; refusals with their own reason pass through unchanged.
 */
export function withStoreErrors<T extends object>(actions: T): T {
  return Object.fromEntries(
    Object.entries(actions).map(([name, action]) => [
      name,
      typeof action !== 'function'
        ? action
        : (...args: unknown[]) => {
            try {
              const result = (action as (...a: unknown[]) => unknown)(...args);
              return result instanceof Promise ? result.catch(rethrow) : result;
            } catch (error) {
              return rethrow(error);
            }
          },
    ]),
  ) as T;
}
