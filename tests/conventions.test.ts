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
 * One direction of dependencies: domain ← rules ← store ← (exchange, nudges, background, live) ←
 * components ← entrypoints; hosts see only the domain and (as types) the message shapes.
 * Each layer lists what it may import *values* from; `import type` may also reach the listed type layers.
 */
interface Layer {
  name: string;
  dir: string;
  values: readonly string[];
  typesAlso?: readonly string[];
  packages: RegExp;
}
const LIB_PURE = /^(date-fns|papaparse|ical\.js)$/;
const LAYERS: readonly Layer[] = [
  { name: 'domain is pure', dir: 'lib/domain', values: ['lib/domain', 'lib/zod'], packages: /^date-fns$/ },
  {
    name: 'rules see only the domain',
    dir: 'lib/rules',
    values: ['lib/domain', 'lib/rules', 'lib/zod'],
    packages: /^$/,
  },
  {
    name: 'store sits on domain and rules',
    dir: 'lib/store',
    values: ['lib/domain', 'lib/rules', 'lib/store', 'lib/zod'],
    packages: /^(dexie|date-fns)$/,
  },
  {
    name: 'messages see only the domain',
    dir: 'lib/messages',
    values: ['lib/domain', 'lib/messages', 'lib/zod'],
    packages: /^$/,
  },
  {
    name: 'exchange reads files into the store',
    dir: 'lib/exchange',
    values: ['lib/domain', 'lib/rules', 'lib/store', 'lib/exchange', 'lib/zod'],
    packages: LIB_PURE,
  },
  {
    name: 'nudges compose from the store',
    dir: 'lib/nudges',
    values: ['lib/domain', 'lib/rules', 'lib/store', 'lib/nudges', 'lib/zod'],
    packages: LIB_PURE,
  },
  {
    name: 'background wires messages, store and nudges',
    dir: 'lib/background',
    values: ['lib/domain', 'lib/rules', 'lib/store', 'lib/messages', 'lib/nudges', 'lib/background', 'lib/zod'],
    packages: /^$/,
  },
  {
    name: 'live gives pages their queries and actions',
    dir: 'lib/live',
    values: ['lib/domain', 'lib/rules', 'lib/store', 'lib/exchange', 'lib/nudges', 'lib/live', 'lib/zod'],
    packages: /^(dexie-react-hooks|react|date-fns)$/,
  },
  {
    name: 'hosts see only the domain and message types (no store, React or zod)',
    dir: 'lib/hosts',
    values: [
      'lib/domain/events/activity-list',
      'lib/domain/events/calendar-ids',
      'lib/domain/events/hosts',
      'lib/domain/time/text',
      'lib/domain/time/week',
      'lib/hosts',
    ],
    typesAlso: ['lib/domain', 'lib/messages'],
    packages: /^(wxt\/.*)$/,
  },
  {
    name: 'components receive data and actions (no queries)',
    dir: 'components',
    values: ['lib/domain', 'lib/rules', 'lib/live', 'components'],
    typesAlso: ['lib/store', 'lib/exchange', 'lib/nudges'],
    packages: /^(react|react-dom.*)$/,
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

/** What a file of a layer imports against the layer's rule (values from the listed layers and packages only). */
function layerViolations(layer: Layer, file: string, text: string): string[] {
  return importsIn(file, text)
    .filter(({ target, typeOnly }) => {
      const local = target.startsWith('lib/') || target.startsWith('components') || target.startsWith('entrypoints');
      const allowed = local
        ? layer.values.some((p) => within(target, p)) ||
          (typeOnly && (layer.typesAlso ?? []).some((p) => within(target, p)))
        : layer.packages.test(target);
      return !allowed;
    })
    .map(({ target, typeOnly }) => `${layer.name}: ${file} imports ${typeOnly ? 'type ' : ''}${target}`);
}

test('imports run one way (each layer imports only the layers below it)', () => {
  const wrong = LAYERS.flatMap((layer) =>
    files(layer.dir).flatMap((file) => layerViolations(layer, file, source(file))),
  );
  expect(wrong).toEqual([]);
});

test('the layer check catches what it claims: dynamic imports, type re-exports and package types from above', () => {
  const domain = LAYERS.find((l) => l.dir === 'lib/domain')!;
  const hosts = LAYERS.find((l) => l.dir === 'lib/hosts')!;
  const check = (layer: Layer, text: string) => layerViolations(layer, `${layer.dir}/x.ts`, text);
  // Paths are built from parts, so this file does not itself name paths the outside-path check would follow.
  const p = (...parts: string[]) => `'${parts.join('/')}'`;
  expect(check(domain, `const m = await import(${p('..', 'store', 'db')});`)).toHaveLength(1);
  expect(check(domain, `type Db = import(${p('..', 'store', 'db')}).LeadershipDb;`)).toHaveLength(1);
  expect(check(domain, `export type { WeekView } from ${p('..', 'store', 'queries')};`)).toHaveLength(1);
  expect(check(domain, `export * from ${p('..', 'live', 'hooks')};`)).toHaveLength(1);
  expect(check(domain, "import type { Table } from 'dexie';")).toHaveLength(1);
  expect(check(hosts, `import type { Reply } from ${p('..', 'messages', 'schemas')};`)).toEqual([]);
  expect(check(hosts, `import { MessageSchema } from ${p('..', 'messages', 'schemas')};`)).toHaveLength(1);
  expect(check(domain, `import { z } from ${p('..', 'zod')};\nimport type { Kind } from './activity-list';`)).toEqual(
    [],
  );
});

test('no import cycles between lib folders', () => {
  const folderOf = (p: string) => p.split('/').slice(0, 2).join('/');
  const edges = new Map<string, Set<string>>();
  for (const file of files('lib')) {
    for (const { target } of importsOf(file)) {
      if (!target.startsWith('lib/') || folderOf(target) === folderOf(file) || target === 'lib/zod') continue;
      const set = edges.get(folderOf(file)) ?? new Set();
      set.add(folderOf(target));
      edges.set(folderOf(file), set);
    }
  }
  const cycles: string[] = [];
  const reach = (from: string, to: string, seen = new Set<string>()): boolean => {
    for (const next of edges.get(from) ?? []) {
      if (next === to) return true;
      if (seen.has(next)) continue;
      seen.add(next);
      if (reach(next, to, seen)) return true;
    }
    return false;
  };
  for (const [from, tos] of edges) for (const to of tos) if (reach(to, from)) cycles.push(`${from} ⇄ ${to}`);
  expect(cycles).toEqual([]);
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
