import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, expect, test, vi } from 'vitest';
import { DistrictSection } from '../../../components/district/DistrictSection';
import { OptionsApp } from '../../../components/options/OptionsApp';
import { setDistrictActivities } from '../../../lib/domain/events/activities';
import { districtFrom, NO_DISTRICT } from '../../../lib/domain/settings/district';
import { readPolicy } from '../../../lib/domain/settings/policy-read';
import { storePolicy } from '../../../lib/store/policy-repo';
import { freshDb } from '../../builders';

afterEach(() => {
  history.replaceState(null, '', location.pathname);
  setDistrictActivities([], []);
});

const POLICY = {
  organizationName: 'Lincoln USD',
  supportContact: 'help@lincoln.example',
  schoolDay: { start: '07:45', end: '15:15' },
  goal: { targetShare: 0.5 },
  colourKey: [{ colour: 'Plum', activity: 'feedback' }],
  disabledFeatures: ['ics-import'],
  lockedSettings: ['schoolDay', 'nothing'],
};

test('a locked control says who set it, is disabled, and screen readers hear why', async () => {
  const db = freshDb();
  await storePolicy(db, POLICY, Date.now());
  history.replaceState(null, '', '#school-day');
  render(<OptionsApp db={db} />);
  const note = await screen.findByText(/Set by Lincoln USD/);
  expect(note.textContent).toMatch(/ask help@lincoln\.example to change it/);
  const start = screen.getByLabelText('School day starts') as HTMLInputElement;
  expect(start.value).toBe('07:45');
  expect(start.closest('fieldset')!.disabled).toBe(true);
  expect(start.closest('fieldset')!.getAttribute('aria-describedby')).toBe(note.id);
  expect(screen.getByRole('button', { name: 'Save school day' }).closest('fieldset:disabled')).not.toBeNull();
});

test('an unlocked setting seeded by the district stays the leader’s to change', async () => {
  const db = freshDb();
  await storePolicy(db, POLICY, Date.now());
  history.replaceState(null, '', '#settings');
  render(<OptionsApp db={db} />);
  await screen.findByRole('heading', { name: 'Settings' });
  expect(screen.queryByText(/Set by Lincoln USD/)).toBeNull();
});

test('the District policy section lists what applies and, apart, each key not applied with its sentence', async () => {
  const db = freshDb();
  await storePolicy(db, POLICY, Date.now());
  history.replaceState(null, '', '#district');
  render(<OptionsApp db={db} />);
  const table = await screen.findByRole('table', { name: 'Policies in force' });
  const rows = within(table)
    .getAllByRole('row')
    .map((r) => r.textContent);
  expect(rows.some((r) => /School day.*07:45.*Locked/.test(r ?? ''))).toBe(true);
  expect(rows.some((r) => /Goal.*Default you may change/.test(r ?? ''))).toBe(true);
  const rejected = screen.getByRole('list', { name: 'Not applied' });
  expect(rejected.textContent).toMatch(/colourKey\[0\].*"Plum" is not a Google Calendar event colour/);
  expect(rejected.textContent).toMatch(/lockedSettings\[1\].*"nothing" names no policy that can be locked/);
  // A feature the district switched off has no section.
  expect(screen.queryByRole('link', { name: /Import/ })).toBeNull();
});

test('with no policy, the section says every setting is the leader’s', () => {
  render(<DistrictSection district={NO_DISTRICT} exportPolicy={vi.fn()} />);
  expect(screen.getByText(/No district policy is set in this browser/)).toBeTruthy();
});

test('Export as district policy sends the route, the locks and who the district is', async () => {
  const exportPolicy = vi.fn(async () => 'leadership-calendar.reg');
  const district = districtFrom(readPolicy({ organizationName: 'Lincoln USD', lockedSettings: ['goal'] }), 1);
  render(<DistrictSection district={district} exportPolicy={exportPolicy} />);
  const user = userEvent.setup();
  await user.selectOptions(screen.getByLabelText('Where IT deploys it'), 'windows');
  await user.click(screen.getByRole('checkbox', { name: /school day/i }));
  await user.type(screen.getByLabelText('Support contact'), 'it@lincoln.example');
  await user.click(screen.getByRole('button', { name: 'Download the policy file' }));
  expect(exportPolicy).toHaveBeenCalledWith({
    route: 'windows',
    locked: ['goal', 'schoolDay'],
    organizationName: 'Lincoln USD',
    supportContact: 'it@lincoln.example',
    skipFirstRun: false,
  });
  expect(screen.getByRole('status').textContent).toMatch(/leadership-calendar\.reg downloaded/);
});
