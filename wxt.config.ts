import { defineConfig } from 'wxt';

/**
 * Production pages may only load their own scripts and may not open any connection:
 * `connect-src 'self'` makes the browser itself refuse network calls from the service
 * worker and the extension pages. Dev builds need WXT's dev server, so the policy is only
 * set for production builds (tests/manifest.test.ts checks the built manifest). Permissions and why:
 * docs/deployment.md; what stays on the device: docs/privacy.md.
 */
export const EXTENSION_PAGES_CSP = "script-src 'self'; object-src 'self'; connect-src 'self'";

export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  // Explicit imports everywhere: lib/ must read the same in tests, Node scripts and the build.
  imports: false,
  // The sources zip AMO asks for: the project without local run output.
  zip: { excludeSources: ['.demo-output/**', '.e2e-output/**', 'coverage/**'] },
  // LC_PROFILE=1 keeps function names in the bundle for CPU profiles of the content scripts.
  vite: () => ({ build: { minify: process.env.LC_PROFILE ? false : 'esbuild' } }),
  manifest: ({ browser, manifestVersion, mode }) => ({
    name: 'Leadership Calendar',
    description:
      'See where the hours AI gives back go: tag calendar time as instructional or operational, privately, in your browser.',
    // storage: to read a district's policy (managed storage); nothing is kept in browser storage.
    permissions: ['alarms', 'notifications', 'storage', 'unlimitedStorage'],
    // 116: the side panel's open-on-click behaviour (sidePanel.setPanelBehavior) and sidePanel.open.
    ...(browser === 'firefox' ? {} : { minimum_chrome_version: '116' }),
    // Chrome and Edge check a district's policy against this schema (generated from lib/domain/settings/policy.ts);
    // Firefox warns about the key and checks nothing, so its manifest leaves it out.
    ...(browser === 'firefox' ? {} : { storage: { managed_schema: 'managed_schema.json' } }),
    action: { default_title: 'Open Leadership Calendar' },
    ...(mode === 'production'
      ? {
          content_security_policy:
            manifestVersion === 3 ? { extension_pages: EXTENSION_PAGES_CSP } : EXTENSION_PAGES_CSP,
        }
      : {}),
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'leadership-calendar@leadership-calendar.app',
              // 140: the first version that reads data_collection_permissions (addons.mozilla.org's linter checks it).
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            // Firefox for Android reads data_collection_permissions from 142.
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
