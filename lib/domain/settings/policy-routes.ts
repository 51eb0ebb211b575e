// The five ways a district deploys a policy, and what the options' export form asks (the files: lib/exchange/policy-export).
import type { Lockable } from './policy';

export const ROUTES = ['admin-console', 'linux', 'windows', 'firefox', 'macos'] as const;
export type Route = (typeof ROUTES)[number];
export const ROUTE_LABELS: Record<Route, string> = {
  'admin-console': 'Google Admin console (Chromebooks, managed Chrome)',
  linux: 'Chrome or Chromium on Linux (policy file)',
  windows: 'Chrome and Edge on Windows (.reg, Group Policy or Intune script)',
  firefox: 'Firefox (policies.json)',
  macos: 'Chrome on macOS (.mobileconfig)',
};

/** What the options' export form asks: the route, what to lock, and who the district is. */
export interface PolicyExportChoice {
  route: Route;
  locked: Lockable[];
  organizationName: string;
  supportContact: string;
  skipFirstRun: boolean;
}
