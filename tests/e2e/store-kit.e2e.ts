import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { STORE_IMAGES } from '../../scripts/make-store-kit';
import { FIREFOX_EXTENSION_DIR } from './firefox';
import { EXTENSION_DIR } from './harness';

/** The store kit (store/README.md) against the built packages: what a store reviewer compares. */
const STORE = resolve('store');
const EDGE_EXTENSION_DIR = resolve('.output/edge-mv3');
const BUILDS = { chrome: EXTENSION_DIR, edge: EDGE_EXTENSION_DIR, firefox: FIREFOX_EXTENSION_DIR };
const manifestOf = (dir: string) => JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
const text = (file: string) => readFileSync(join(STORE, file), 'utf8');

/** A PNG's width and height, from its IHDR chunk. */
function pngSize(path: string): [number, number] {
  const bytes = readFileSync(path);
  expect(bytes.subarray(1, 4).toString('latin1'), path).toBe('PNG');
  return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
}

describe('the store kit', () => {
  test('images: the 440×280 tile, the 300×300 logo, and 1 to 5 screenshots at 1280×800', () => {
    expect(pngSize(join(STORE, STORE_IMAGES.tile.file))).toEqual([440, 280]);
    expect(pngSize(join(STORE, STORE_IMAGES.logo.file))).toEqual([300, 300]);
    const shots = readdirSync(join(STORE, 'screenshots')).filter((f) => f.endsWith('.png'));
    expect(shots.length).toBeGreaterThanOrEqual(1);
    expect(shots.length).toBeLessThanOrEqual(5);
    for (const shot of shots) expect(pngSize(join(STORE, 'screenshots', shot)), shot).toEqual([1280, 800]);
  });

  test('texts within every store’s limits', () => {
    for (const [browser, dir] of Object.entries(BUILDS)) {
      const manifest = manifestOf(dir);
      // The manifest's description is the short description: 132 characters on Chrome's store.
      expect(manifest.description.length, browser).toBeLessThanOrEqual(132);
      // Names: Chrome 75, addons.mozilla.org 50, Edge 45.
      expect(manifest.name.length, browser).toBeLessThanOrEqual(45);
    }
    const long = text('description.md').trim();
    // Chrome's detailed description ≤ 16,000; Edge's description 250–10,000.
    expect(long.length).toBeGreaterThanOrEqual(250);
    expect(long.length).toBeLessThanOrEqual(10_000);
    const purpose = text('single-purpose.md').replace(/^#.*$/m, '').trim();
    expect(purpose.length).toBeGreaterThan(50);
    expect(purpose.length).toBeLessThanOrEqual(1_000);
    // The privacy policy is full text (addons.mozilla.org takes the text, not a link).
    expect(text('privacy-policy.md').length).toBeGreaterThan(2_000);
    expect(text('student-data.md')).toMatch(/FERPA/);
  });

  test('every manifest permission and host is justified, and nothing the manifests lack', () => {
    const justified = [...text('permissions.md').matchAll(/^\| `([^`]+)` \| (.+) \|$/gm)].map((m) => {
      expect(m[2]!.trim().length, m[1]).toBeGreaterThan(40);
      return m[1]!;
    });
    const asked = new Set<string>();
    for (const dir of Object.values(BUILDS)) {
      const manifest = manifestOf(dir);
      for (const p of [...(manifest.permissions ?? []), ...(manifest.host_permissions ?? [])]) asked.add(p);
      for (const c of manifest.content_scripts) for (const m of c.matches) asked.add(m);
    }
    expect([...justified].sort()).toEqual([...asked].sort());
  });

  test('the privacy policy ships in every build as privacy.html, and the options link to it', () => {
    const page = readFileSync(resolve('public/privacy.html'), 'utf8');
    for (const [browser, dir] of Object.entries(BUILDS)) {
      expect(existsSync(join(dir, 'privacy.html')), browser).toBe(true);
      expect(readFileSync(join(dir, 'privacy.html'), 'utf8'), browser).toBe(page);
      const options = readdirSync(join(dir, 'chunks')).filter((f) => f.startsWith('options'));
      expect(
        options.some((f) => readFileSync(join(dir, 'chunks', f), 'utf8').includes('privacy.html')),
        browser,
      ).toBe(true);
    }
  });

  test('no package carries a manifest key (the id comes from each store)', () => {
    for (const dir of Object.values(BUILDS)) expect(manifestOf(dir).key).toBeUndefined();
  });
});
