#!/usr/bin/env node
// `node scripts/browsers.mjs chromium [firefox-esr]`: makes sure the browsers the demo and the tests drive are on
// this machine, before anything else runs. Debian's packages are the only browsers that work here (Playwright's own
// download does not). As root with apt-get, a missing one is installed; otherwise the command stops at once and
// prints the one command that installs them. CHROMIUM_PATH / FIREFOX_PATH point at another binary instead.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const BROWSERS = {
  chromium: { env: 'CHROMIUM_PATH', path: '/usr/bin/chromium' },
  'firefox-esr': { env: 'FIREFOX_PATH', path: '/usr/bin/firefox-esr' },
};

const wanted = process.argv.slice(2);
const unknown = wanted.filter((name) => !(name in BROWSERS));
if (wanted.length === 0 || unknown.length > 0) {
  console.error(`Usage: node scripts/browsers.mjs ${Object.keys(BROWSERS).join(' | ')} …`);
  process.exit(2);
}

const binaryOf = (name) => process.env[BROWSERS[name].env] ?? BROWSERS[name].path;
const overridden = wanted.filter((name) => process.env[BROWSERS[name].env] && !existsSync(binaryOf(name)));
if (overridden.length > 0) {
  console.error(overridden.map((n) => `${BROWSERS[n].env}=${binaryOf(n)}: no such file.`).join('\n'));
  process.exit(1);
}
const missing = wanted.filter((name) => !existsSync(binaryOf(name)));

if (missing.length > 0) {
  const command = `apt-get update && apt-get install -y ${missing.join(' ')}`;
  const canInstall = process.getuid?.() === 0 && spawnSync('apt-get', ['--version']).status === 0;
  if (!canInstall) {
    console.error(
      `Missing ${missing.join(' and ')} (looked for ${missing.map(binaryOf).join(', ')}). Install with:\n` +
        `  sudo sh -c '${command}'\n` +
        `or point ${missing.map((n) => BROWSERS[n].env).join(' / ')} at another binary.`,
    );
    process.exit(1);
  }
  console.log(`Installing ${missing.join(' and ')} from Debian's packages (${command}) …`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', ...missing], { stdio: ['ignore', 'ignore', 'inherit'], env });
}

for (const name of wanted) {
  const version = spawnSync(binaryOf(name), ['--version'], { encoding: 'utf8' });
  if (version.status !== 0) {
    console.error(`${binaryOf(name)} does not run: ${version.stderr || version.error?.message}`);
    process.exit(1);
  }
  console.log(version.stdout.trim());
}
