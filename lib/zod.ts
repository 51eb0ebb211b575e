// Why every schema goes through this module: docs/architecture.md, "Libraries and why".
/**
 * The one place the project imports zod from. Zod 4 probes `new Function` when the first
 * object schema is defined, which the extension CSP reports as a violation; `jitless` must be
 * set before any schema exists, and routing every import through this module guarantees that
 * (tests/conventions.test.ts fails if a file imports 'zod' directly).
 */
import * as z from 'zod';

z.config({ jitless: true });

export { z };

/** Turns a zod error into one readable line per issue: "events.3.start: Expected number". */
export function describeZodError(error: z.ZodError, prefix = ''): string {
  return error.issues
    .map((issue) => {
      const path = [prefix, ...issue.path.map(String)].filter(Boolean).join('.');
      return path ? `${path}: ${issue.message}` : issue.message;
    })
    .join('; ');
}
