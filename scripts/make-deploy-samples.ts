// Writes deploy/'s worked samples, one per route, with the export's own functions:
// node scripts/run-ts.mjs scripts/make-deploy-samples.ts (tests/exchange/policy-export.test.ts fails when the
// committed files differ from what this writes, and reads each one back through the policy reader).
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import '../lib/zod';
import { SAMPLE_POLICY } from './data/sample-policy';
import {
  CHROME_ID_PLACEHOLDER,
  EDGE_ID_PLACEHOLDER,
  policyFile,
  ROUTES,
  type Route,
} from '../lib/exchange/policy-export';

export { SAMPLE_POLICY };

export const DEPLOY_DIR = join(process.cwd(), 'deploy');
export const SAMPLE_PATHS: Record<Route, string> = {
  'admin-console': 'admin-console/policy-for-extensions.json',
  linux: 'linux/leadership-calendar.json',
  windows: 'windows/leadership-calendar.reg',
  firefox: 'firefox/policies.json',
  macos: 'macos/leadership-calendar.mobileconfig',
};
export const SAMPLE_IDS = { chrome: CHROME_ID_PLACEHOLDER, edge: EDGE_ID_PLACEHOLDER };
export const sampleFiles = (): Record<string, string> =>
  Object.fromEntries(ROUTES.map((route) => [SAMPLE_PATHS[route], policyFile(route, SAMPLE_POLICY, SAMPLE_IDS).text]));

if (process.argv[1]?.endsWith('make-deploy-samples.ts')) {
  for (const [path, text] of Object.entries(sampleFiles())) {
    mkdirSync(dirname(join(DEPLOY_DIR, path)), { recursive: true });
    writeFileSync(join(DEPLOY_DIR, path), text);
  }
  console.log(`samples written to ${DEPLOY_DIR}`);
}
