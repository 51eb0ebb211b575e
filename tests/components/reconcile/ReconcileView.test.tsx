import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expect, test } from 'vitest';
import { SidePanelApp } from '../../../components/panel/SidePanelApp';
import { DEFAULT_REASONS } from '../../../lib/domain/reconcile/reasons';
import { ReconcileSettingsSchema } from '../../../lib/domain/settings/settings';
import { isoDate } from '../../../lib/domain/time/week';
import { recordScan } from '../../../lib/store/events-repo';
import { saveSettings } from '../../../lib/store/settings-repo';
import { addStaff } from '../../../lib/store/staff-repo';
import { at, freshDb, rawEventOn } from '../../builders';

/** The text of the focused button ('' when focus is on anything else, the page's body included). */
const focusedButton = () =>
  document.activeElement?.tagName === 'BUTTON' ? (document.activeElement.textContent ?? '') : '';

/** The last weekday before today: a school day that is over. */
function lastSchoolDay(): string {
  const d = new Date();
  do d.setDate(d.getDate() - 1);
  while (d.getDay() === 0 || d.getDay() === 6);
  return isoDate(d);
}

/** A typical day (6 events, 2 protected blocks), the staff list and a First Responder for discipline. */
async function typicalDay() {
  const db = freshDb();
  const date = lastSchoolDay();
  await saveSettings(db, {
    onboarded: true,
    reconcile: ReconcileSettingsSchema.parse({
      reasons: DEFAULT_REASONS,
      firstResponders: [{ area: 'discipline', people: ['Ms. Rivera', 'Mr. Diaz'] }],
    }),
  });
  await addStaff(db, [{ name: 'Maria Patel', email: 'maria.patel@lincoln.k12.us' }, { name: 'James Chen' }], 1);
  await recordScan(db, {
    source: 'google',
    range: { start: at(date), end: at(date) + 86_400_000 },
    complete: true,
    events: [
      rawEventOn('bus', 'Bus duty', date, '07:15', '07:45'),
      rawEventOn('walk', 'Walkthrough: Ms. Patel, grade 3 reading', date, '09:00', '09:30'),
      rawEventOn('coach', 'Coaching conversation: Mr. Chen', date, '10:00', '10:45'),
      rawEventOn('parent', 'Parent call: attendance', date, '11:00', '11:30'),
      rawEventOn('budget', 'Budget review with district finance', date, '13:00', '14:00'),
      rawEventOn('email', 'Email and office time', date, '15:00', '15:30'),
    ],
    now: 2,
  });
  return { db, date };
}

test('a typical day is reconciled by keyboard alone in eight keys: one happened with a teacher, one taken by discipline', async () => {
  const { db } = await typicalDay();
  render(<SidePanelApp db={db} initialView="reconcile" />);
  const walkthrough = await screen.findByRole(
    'group',
    { name: /^What happened: Walkthrough: Ms\. Patel/ },
    { timeout: 5000 },
  );
  // The view opens with the first block's first answer focused: the keyboard starts where the work is.
  await waitFor(() =>
    expect(document.activeElement).toBe(within(walkthrough).getByRole('button', { name: /Happened/ })),
  );
  const user = userEvent.setup();
  const keys = ['h', '1', '{Enter}', 'd', '1', '1', '2', '{Enter}'];
  await user.keyboard('h');
  await screen.findByRole('group', { name: 'Which teachers did you see?' });
  await user.keyboard('1');
  await user.keyboard('{Enter}');
  await expect.poll(() => focusedButton()).toMatch(/Happened/);
  expect(document.activeElement?.closest('[role="group"]')?.getAttribute('aria-label')).toMatch(
    /Coaching conversation/,
  );
  await user.keyboard('d');
  await screen.findByRole('group', { name: 'What took it?' });
  await user.keyboard('1');
  await screen.findByRole('group', { name: 'Who could take this next time?' });
  expect(screen.getByRole('button', { name: /Ms\. Rivera \(First Responder\)/ })).toBeTruthy();
  await user.keyboard('1');
  await screen.findByRole('group', { name: 'What now?' });
  await user.keyboard('2');
  await expect.poll(() => focusedButton()).toMatch(/^Confirm the rest \(4\)/);
  await user.keyboard('{Enter}');
  expect(await screen.findByTestId('day-reconciled')).toBeTruthy();
  expect(keys).toHaveLength(8);

  const walk = await db.tags.get('google:walk');
  expect(walk).toMatchObject({
    setBy: 'person',
    status: 'happened',
    answer: { outcome: 'happened', teachers: [{ key: 'maria.patel@lincoln.k12.us', name: 'Maria Patel' }] },
  });
  const coach = await db.tags.get('google:coach');
  expect(coach).toMatchObject({
    status: 'displaced',
    answer: {
      outcome: 'not-happened',
      reason: 'discipline',
      nextTime: { who: 'responder', name: 'Ms. Rivera' },
      followUp: 'drop',
    },
  });
  expect(coach?.answer?.minutesLost).toBeUndefined(); // the default: the whole block
  // Each answered block reads back in a line, with a way to change it.
  const lines = screen.getAllByTestId('answer-line').map((l) => l.textContent);
  expect(lines).toEqual([
    'Happened — Maria Patel',
    "Didn't happen — Student behaviour or discipline — next time Ms. Rivera — dropped",
  ]);
});

test('"Other" takes a few words, beside "Do not write students\' names"; partly asks the minutes, half by default', async () => {
  const { db } = await typicalDay();
  render(<SidePanelApp db={db} initialView="reconcile" />);
  await screen.findByRole('group', { name: /^What happened: Walkthrough/ }, { timeout: 5000 });
  const user = userEvent.setup();
  await expect.poll(() => focusedButton()).toMatch(/Happened/);
  await user.keyboard('p');
  const minutes = (await screen.findByLabelText('How many of its 30 minutes happened?')) as HTMLInputElement;
  expect(minutes.value).toBe('15');
  await user.clear(minutes);
  await user.type(minutes, '10{Enter}');
  await screen.findByRole('group', { name: 'What took it?' });
  expect(screen.getByText("Do not write students' names.")).toBeTruthy();
  expect((screen.getByLabelText('Minutes lost') as HTMLInputElement).value).toBe('20');
  await user.type(screen.getByLabelText('Other, in a few words'), 'fire alarm{Enter}');
  await screen.findByRole('group', { name: 'Who could take this next time?' });
  expect(await db.tags.get('google:walk')).toMatchObject({
    answer: { outcome: 'partly', minutesHappened: 10, reason: 'other', reasonNote: 'fire alarm' },
  });
});
