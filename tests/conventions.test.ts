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

/**
 * Which folder may import which: the one table of the house's layers, also printed in docs/architecture.md
 * (a test below fails when the two differ). A file belongs to the row of its longest matching folder; a folder
 * with no row fails the check, so a new folder is placed in the table on purpose. `values` are what a file may
 * import at run time; `types` what it may also reach with `import type`; `packages` the npm packages it may use
 * (`name/*` for a package's subpaths).
 */
interface Layer {
  dir: string;
  values: readonly string[];
  types?: readonly string[];
  packages: readonly string[];
}
const DOMAIN_BELOW_COACH = [
  'lib/domain/time',
  'lib/domain/events',
  'lib/domain/planning',
  'lib/domain/reconcile',
  'lib/domain/settings',
];
const LAYERS: readonly Layer[] = [
  { dir: 'lib/zod.ts', values: [], packages: ['zod'] },
  { dir: 'lib/domain/time', values: ['lib/domain/time'], packages: ['date-fns'] },
  { dir: 'lib/domain/events', values: ['lib/domain/time', 'lib/domain/events', 'lib/zod'], packages: [] },
  {
    dir: 'lib/domain/planning',
    values: ['lib/domain/time', 'lib/domain/events', 'lib/domain/planning', 'lib/zod'],
    packages: ['date-fns'],
  },
  {
    dir: 'lib/domain/reconcile',
    values: ['lib/domain/time', 'lib/domain/events', 'lib/domain/planning', 'lib/domain/reconcile', 'lib/zod'],
    packages: [],
  },
  { dir: 'lib/domain/settings', values: [...DOMAIN_BELOW_COACH, 'lib/zod'], packages: [] },
  {
    dir: 'lib/domain/measure',
    values: [...DOMAIN_BELOW_COACH, 'lib/domain/measure', 'lib/zod'],
    packages: ['date-fns'],
  },
  {
    dir: 'lib/domain/files',
    values: [...DOMAIN_BELOW_COACH, 'lib/domain/measure', 'lib/domain/files', 'lib/zod'],
    packages: [],
  },
  { dir: 'lib/domain/coach', values: ['lib/domain', 'lib/zod'], packages: [] },
  { dir: 'lib/rules', values: ['lib/domain', 'lib/rules', 'lib/zod'], packages: [] },
  { dir: 'lib/store', values: ['lib/domain', 'lib/rules', 'lib/store', 'lib/zod'], packages: ['dexie', 'date-fns'] },
  { dir: 'lib/messages', values: ['lib/domain', 'lib/messages', 'lib/zod'], packages: [] },
  {
    dir: 'lib/exchange',
    values: ['lib/domain', 'lib/rules', 'lib/store', 'lib/exchange', 'lib/zod'],
    packages: ['date-fns', 'papaparse', 'ical.js'],
  },
  {
    dir: 'lib/nudges',
    values: ['lib/domain', 'lib/rules', 'lib/store', 'lib/nudges', 'lib/zod'],
    packages: ['date-fns', 'papaparse', 'ical.js'],
  },
  {
    dir: 'lib/background',
    values: [
      'lib/domain',
      'lib/rules',
      'lib/store',
      'lib/messages',
      'lib/nudges',
      'lib/background',
      'lib/hosts/google/interpret',
      'lib/zod',
    ],
    packages: [],
  },
  {
    dir: 'lib/live',
    values: ['lib/domain', 'lib/rules', 'lib/store', 'lib/exchange', 'lib/nudges', 'lib/live', 'lib/zod'],
    packages: ['dexie-react-hooks', 'react', 'date-fns'],
  },
  {
    dir: 'lib/hosts',
    values: [
      'lib/domain/events/activity-list',
      'lib/domain/events/calendar-ids',
      'lib/domain/events/colors',
      'lib/domain/events/hosts',
      'lib/domain/time/text',
      'lib/domain/time/week',
      'lib/hosts',
    ],
    types: ['lib/domain', 'lib/messages'],
    packages: ['wxt/*'],
  },
  { dir: 'components/common', values: ['lib/domain', 'components/common'], packages: ['react'] },
  { dir: 'components/charts', values: ['lib/domain', 'lib/live', 'components/charts'], packages: ['react'] },
  {
    dir: 'components/tagging',
    values: ['lib/domain', 'lib/rules', 'components/common', 'components/tagging'],
    packages: ['react'],
  },
  {
    dir: 'components/reconcile',
    values: ['lib/domain', 'lib/live', 'components/common', 'components/reconcile'],
    types: ['lib/store'],
    packages: ['react'],
  },
  {
    dir: 'components/options',
    values: ['lib/domain', 'lib/rules', 'lib/live', 'components/common', 'components/district', 'components/options'],
    types: ['lib/store', 'lib/exchange'],
    packages: ['react'],
  },
  {
    dir: 'components/district',
    values: ['lib/domain', 'components/common', 'components/district'],
    packages: ['react'],
  },
  {
    dir: 'components/panel',
    values: [
      'lib/domain',
      'lib/rules',
      'lib/live',
      'components/common',
      'components/charts',
      'components/tagging',
      'components/reconcile',
      'components/panel',
    ],
    types: ['lib/store', 'lib/exchange', 'lib/nudges'],
    packages: ['react'],
  },
  {
    dir: 'components/coach',
    values: ['lib/domain', 'lib/live', 'components/common', 'components/charts', 'components/coach'],
    types: ['lib/store', 'lib/exchange'],
    packages: ['react', 'react-dom/*'],
  },
];

/** Every import of a file: its resolved target (project-relative, no extension) and whether it is type-only. */
/**
 * Every import of a text: static imports and re-exports (`import type` / `export type` are type-only), and
 * dynamic `import('…')` — a value at run time, or a type written as `import('…').Name`, counted as a value
 * (the stricter reading).
 */
function importsIn(path: string, text: string): { target: string; typeOnly: boolean }[] {
  const resolve = (spec: string) =>
    spec.startsWith('.') ? relative(root, join(root, path, '..', spec)).replace(/\.(tsx?|css)$/, '') : spec;
  const statics = [...text.matchAll(/^(?:import|export)\s+(type\s+)?(?:[^'";]*?\sfrom\s+)?['"]([^'"]+)['"]/gm)].map(
    (m) => ({ target: resolve(m[2]!), typeOnly: !!m[1] }),
  );
  const dynamic = [...text.matchAll(/\bimport\(\s*['"]([^'"]+)['"]\s*\)/g)].map((m) => ({
    target: resolve(m[1]!),
    typeOnly: false,
  }));
  return [...statics, ...dynamic];
}
const importsOf = (path: string) => importsIn(path, source(path));
const within = (target: string, prefix: string) => target === prefix || target.startsWith(`${prefix}/`);

const packageAllowed = (layer: Layer, name: string) =>
  layer.packages.some((p) => (p.endsWith('/*') ? name.startsWith(p.slice(0, -1)) : name === p));
const isLocal = (target: string) =>
  target.startsWith('lib/') || target.startsWith('components') || target.startsWith('entrypoints');

/** The row a file belongs to: its longest matching folder (a file of lib/domain/time is lib/domain/time's). */
function layerOf(file: string): Layer | undefined {
  return LAYERS.filter(
    (l) => within(file.replace(/\.(tsx?|css)$/, ''), l.dir.replace(/\.ts$/, '')) || file === l.dir,
  ).sort((a, b) => b.dir.length - a.dir.length)[0];
}

/** What a file imports against its row (values from the listed folders and packages only). */
function layerViolations(layer: Layer, file: string, text: string): string[] {
  return importsIn(file, text)
    .filter(({ target, typeOnly }) => {
      const allowed = isLocal(target)
        ? layer.values.some((p) => within(target, p)) ||
          (typeOnly && (layer.types ?? []).some((p) => within(target, p)))
        : packageAllowed(layer, target);
      return !allowed;
    })
    .map(({ target, typeOnly }) => `${layer.dir}: ${file} imports ${typeOnly ? 'type ' : ''}${target}`);
}

const layered = () => [...files('lib'), ...files('components')];

test('imports run one way (each folder imports only what its row of the table allows)', () => {
  const wrong = layered().flatMap((file) => {
    const layer = layerOf(file);
    return layer ? layerViolations(layer, file, source(file)) : [`${file} is in no folder of the table`];
  });
  expect(wrong).toEqual([]);
});

test('the layer check catches what it claims: dynamic imports, type re-exports, package types, folders above', () => {
  const row = (dir: string) => LAYERS.find((l) => l.dir === dir)!;
  const [time, events, hosts, tagging] = [
    'lib/domain/time',
    'lib/domain/events',
    'lib/hosts',
    'components/tagging',
  ].map(row) as [Layer, Layer, Layer, Layer];
  const check = (layer: Layer, text: string) => layerViolations(layer, `${layer.dir}/x.ts`, text);
  // Paths are built from parts, so this file does not itself name paths the outside-path check would follow.
  const p = (...parts: string[]) => `'${parts.join('/')}'`;
  expect(check(events, `const m = await import(${p('..', '..', 'store', 'db')});`)).toHaveLength(1);
  expect(check(events, `type Db = import(${p('..', '..', 'store', 'db')}).LeadershipDb;`)).toHaveLength(1);
  expect(check(events, `export type { WeekView } from ${p('..', '..', 'store', 'queries')};`)).toHaveLength(1);
  expect(check(events, `export * from ${p('..', '..', 'live', 'hooks')};`)).toHaveLength(1);
  expect(check(events, "import type { Table } from 'dexie';")).toHaveLength(1);
  // Inside the domain, a folder sees only the folders below it.
  expect(check(time, `import { eventSchema } from ${p('..', 'events', 'event')};`)).toHaveLength(1);
  expect(check(events, `import { measureWeek } from ${p('..', 'measure', 'summary')};`)).toHaveLength(1);
  expect(check(events, `import { isoDate } from ${p('..', 'time', 'week')};`)).toEqual([]);
  expect(check(hosts, `import type { Reply } from ${p('..', 'messages', 'schemas')};`)).toEqual([]);
  expect(check(hosts, `import { MessageSchema } from ${p('..', 'messages', 'schemas')};`)).toHaveLength(1);
  expect(check(hosts, "import { browser } from 'wxt/browser';")).toEqual([]);
  // A view of one surface does not reach into another's.
  expect(check(tagging, `import { OptionsApp } from ${p('..', 'options', 'OptionsApp')};`)).toHaveLength(1);
  expect(
    check(events, `import { z } from ${p('..', '..', 'zod')};\nimport type { Kind } from './activity-list';`),
  ).toEqual([]);
  expect(layerOf('lib/domain/time/week.ts')?.dir).toBe('lib/domain/time');
  expect(layerOf('lib/newfolder/x.ts')).toBeUndefined();
});

/** The edges between the given nodes, from each file's imports (nodes named by `nodeOf`; none for outside ones). */
function importGraph(sources: readonly string[], nodeOf: (path: string) => string | undefined) {
  const edges = new Map<string, Set<string>>();
  for (const file of sources) {
    const from = nodeOf(file);
    if (from === undefined) continue;
    for (const { target } of importsOf(file)) {
      const to = nodeOf(target);
      if (to === undefined || to === from) continue;
      const set = edges.get(from) ?? new Set();
      set.add(to);
      edges.set(from, set);
    }
  }
  return edges;
}

/** Every pair of nodes that reach each other. */
function cyclesIn(edges: Map<string, Set<string>>): string[] {
  const reach = (from: string, to: string, seen = new Set<string>()): boolean => {
    for (const next of edges.get(from) ?? []) {
      if (next === to) return true;
      if (seen.has(next)) continue;
      seen.add(next);
      if (reach(next, to, seen)) return true;
    }
    return false;
  };
  const cycles: string[] = [];
  for (const [from, tos] of edges) for (const to of tos) if (reach(to, from)) cycles.push(`${from} ⇄ ${to}`);
  return cycles;
}

test('no import cycles between the folders of the table', () => {
  const nodeOf = (path: string) => (isLocal(path) ? layerOf(`${path}.ts`)?.dir : undefined);
  expect(cyclesIn(importGraph(layered(), nodeOf))).toEqual([]);
});

test('no import cycles between modules (two files never import each other, however far round)', () => {
  const nodeOf = (path: string) => (isLocal(path) ? path.replace(/\.(tsx?)$/, '') : undefined);
  expect(cyclesIn(importGraph(layered(), nodeOf))).toEqual([]);
  // The check itself: a cycle two files long is found.
  const edges = new Map([
    ['a', new Set(['b'])],
    ['b', new Set(['c'])],
    ['c', new Set(['a'])],
  ]);
  expect(cyclesIn(edges)).toHaveLength(3);
});

test('docs/architecture.md prints the same table of folders', () => {
  const doc = source('docs/architecture.md');
  const rows = [...doc.matchAll(/^\| `([^`]+)` \| ([^|]*) \| ([^|]*) \| ([^|]*) \|$/gm)].map((m) => ({
    dir: m[1]!,
    values: [...m[2]!.matchAll(/`([^`]+)`/g)].map((v) => v[1]!),
    types: [...m[3]!.matchAll(/`([^`]+)`/g)].map((v) => v[1]!),
    packages: [...m[4]!.matchAll(/`([^`]+)`/g)].map((v) => v[1]!),
  }));
  expect(rows).toEqual(
    LAYERS.map((l) => ({ dir: l.dir, values: [...l.values], types: [...(l.types ?? [])], packages: [...l.packages] })),
  );
});

test('no folder of components/ or lib/domain/ holds more than 12 modules', () => {
  const folders = new Map<string, number>();
  for (const f of [...files('components'), ...files('lib/domain')]) {
    const dir = f.split('/').slice(0, -1).join('/');
    folders.set(dir, (folders.get(dir) ?? 0) + 1);
  }
  expect([...folders].filter(([, n]) => n > 12)).toEqual([]);
  expect(folders.size).toBeGreaterThan(10);
});

test('no source line is longer than 160 characters', () => {
  const long = [
    ...files('lib'),
    ...files('components'),
    ...files('entrypoints'),
    ...files('tests'),
    ...files('scripts'),
  ]
    .flatMap((f) =>
      source(f)
        .split('\n')
        .map((line, i) => ({ f, i, n: line.length })),
    )
    .filter((l) => l.n > 160)
    .map((l) => `${l.f}:${l.i + 1} (${l.n})`);
  expect(long).toEqual([]);
});

/**
 * A fresh clone has nothing beside it: no file of the project may name a path outside the repository
 * (a relative path that climbs out of its folder's reach, or one that does not exist where it points, or an
 * absolute path into the development machine).
 */
const PROJECT_TEXT = /\.(ts|tsx|mjs|cjs|js|json|html|sh|yml|yaml)$|^\.ci\/|^\.gitignore$/;
function trackedTextFiles(): string[] {
  const walk = (dir: string): string[] =>
    readdirSync(join(root, dir)).flatMap((name) => {
      if (['node_modules', '.git', '.output', '.wxt', '.demo-output', '.stryker-tmp', 'reports'].includes(name))
        return [];
      const path = dir ? join(dir, name) : name;
      return statSync(join(root, path)).isDirectory() ? walk(path) : [path];
    });
  return walk('').filter(
    (f) => PROJECT_TEXT.test(f) && f !== 'package-lock.json' && !f.startsWith('tests/fixtures/google-calendar-labels'),
  );
}
const RESOLVE_AS = ['', '.ts', '.tsx', '.mjs', '.js', '.json', '.css', '/index.ts', '/index.tsx'];
const exists = (path: string) =>
  RESOLVE_AS.some((ext) => {
    try {
      statSync(path + ext);
      return true;
    } catch {
      return false;
    }
  });

function pathsOutsideRepository(file: string, text: string): string[] {
  const found: string[] = [];
  for (const m of text.matchAll(/['"`]((?:\.\.\/)+[^'"`\s]*)['"`]/g)) {
    const target = join(root, file, '..', m[1]!);
    const inside = !relative(root, target).startsWith('..');
    if (!inside || !exists(target)) found.push(`${file}: "${m[1]}"`);
  }
  for (const m of text.matchAll(/['"`](\/(?:work|root|home|tmp\/bash_jobs)[^'"`\s]*)['"`]/g))
    found.push(`${file}: "${m[1]}"`);
  if (/\.\.\/shared\b/.test(text)) found.push(`${file}: names the shared folder beside the checkout`);
  return found;
}

test('no file of the project names a path outside the repository', () => {
  expect(trackedTextFiles().length).toBeGreaterThan(100);
  expect(trackedTextFiles().flatMap((f) => pathsOutsideRepository(f, source(f)))).toEqual([]);
});

test('the outside-path check catches what it claims', () => {
  // Built from parts, so this file does not itself name the paths it checks.
  const up = '..';
  const q = (path: string) => `'${path}'`;
  expect(
    pathsOutsideRepository('tests/hosts/google/corpus.ts', `join(process.cwd(), ${q(`${up}/shared/data/x`)})`),
  ).toHaveLength(2);
  expect(
    pathsOutsideRepository('tests/a.test.ts', `import x from ${q(`${up}/${up}/${up}/elsewhere/thing`)};`),
  ).toHaveLength(1);
  expect(
    pathsOutsideRepository('tests/a.test.ts', `const p = ${q(['', 'work', 'shared', 'data'].join('/'))};`),
  ).toHaveLength(1);
  expect(
    pathsOutsideRepository(
      'tests/hosts/google/corpus.ts',
      `import { x } from ${q(`${up}/${up}/fixtures/calendar-pages`)};`,
    ),
  ).toEqual([]);
});
