import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { expect, test } from 'vitest';

const root = join(__dirname, '..');
function files(dir: string): string[] {
  return readdirSync(join(root, dir)).flatMap((name) => {
    const path = join(dir, name);
    return statSync(join(root, path)).isDirectory() ? files(path) : /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}
const source = (path: string) => readFileSync(join(root, path), 'utf8');
const imports = (path: string) => [...source(path).matchAll(/(?:from|import)\s+['"]([^'"]+)['"]/g)].map((m) => m[1]!);

test('zod is only imported through lib/zod.ts (jitless before any schema)', () => {
  const offenders = [...files('lib'), ...files('entrypoints'), ...files('components')].filter(
    (f) => f !== join('lib', 'zod.ts') && imports(f).includes('zod'),
  );
  expect(offenders).toEqual([]);
});

test('lib/domain is pure: no browser, Dexie, React or WXT', () => {
  const offenders = files('lib/domain').filter((f) =>
    imports(f).some((i) => /^(dexie|react|wxt|dexie-react-hooks)/.test(i) || i.includes('/store/')),
  );
  expect(offenders).toEqual([]);
});

test('every entrypoint page imports lib/zod first', () => {
  for (const f of [
    'entrypoints/background.ts',
    'entrypoints/sidepanel/main.tsx',
    'entrypoints/options/main.tsx',
    'entrypoints/coach/main.tsx',
  ]) {
    expect(imports(f)[0], f).toMatch(/lib\/zod$/);
  }
});

test('content scripts never import the store, React or zod', () => {
  const scripts = files('entrypoints').filter((f) => /\.content(\/|\.ts)/.test(f));
  for (const f of scripts) {
    const all = imports(f);
    expect(
      all.filter((i) => /store|react|zod/.test(i)),
      relative(root, f),
    ).toEqual([]);
  }
});
