import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expect, test, vi } from 'vitest';
import { PlanForm, type PlanActions } from '../../../components/panel/PlanForm';
import type { BlockOutcome } from '../../../lib/domain/planning/protect';
import { at } from '../../builders';

const block = {
  id: 'walkthrough-1',
  activity: 'walkthrough',
  start: at('2026-12-01', '09:00'),
  end: at('2026-12-01', '09:30'),
};
const actions = (overrides: Partial<PlanActions> = {}): PlanActions => ({
  save: vi.fn(async () => {}),
  findTime: vi.fn(async () => ({
    kind: 'proposed' as const,
    added: 1,
    kept: 0,
    message: null,
    missingFeedbackMinutes: 0,
  })),
  dropBlocks: vi.fn(async () => {}),
  downloadIcs: vi.fn(),
  ...overrides,
});
const props = { weekKey: '2026-11-30', plan: undefined, reclaimedHours: 0, hosts: [] as const, outcomes: [] };

test('a new plan is pre-filled from the hours AI gives back, and says where the number comes from', () => {
  render(
    <PlanForm
      {...props}
      suggestion={{
        totalMinutes: 300,
        minutes: { walkthrough: 150, coaching: 150 },
        source: 'About 5 h this week (…).',
      }}
      actions={actions()}
    />,
  );
  expect((screen.getByLabelText('Walkthrough (minutes)') as HTMLInputElement).value).toBe('150');
  expect((screen.getByLabelText('Coaching (minutes)') as HTMLInputElement).value).toBe('150');
  expect(screen.getByText('About 5 h this week (…).')).toBeTruthy();
});

test('"Find time" saves the plan first; a week not seen yet says to open it in the calendar', async () => {
  const a = actions({ findTime: vi.fn(async () => ({ kind: 'unseen' as const, days: ['2026-12-03'] })) });
  render(<PlanForm {...props} suggestion={null} actions={a} />);
  const user = userEvent.setup();
  await user.type(screen.getByLabelText('Walkthrough (minutes)'), '60');
  await user.click(screen.getByRole('button', { name: 'Find time' }));
  expect(a.save).toHaveBeenCalledWith({ weekStart: '2026-11-30', minutes: { walkthrough: 60 } });
  expect(screen.getByTestId('find-time-status').textContent).toMatch(
    /^Open this week in your calendar first .* Not seen yet: 2026-12-03\.$/,
  );
});

test('proposed blocks offer the calendar form as a link in a new tab, the .ics, and "Drop" then ask again avoids that time', async () => {
  const outcomes: BlockOutcome[] = [
    { block: { ...block, why: 'Tuesday morning, while classes are in session.' }, state: 'not-scheduled' },
  ];
  const a = actions();
  render(<PlanForm {...props} hosts={['google']} suggestion={null} outcomes={outcomes} actions={a} />);
  const link = screen.getByRole('link', { name: /^Add to Google Calendar: Walkthrough — protected time/ });
  expect(link.getAttribute('target')).toBe('_blank');
  expect(link.getAttribute('href')).toContain('dates=20261201T140000Z%2F20261201T143000Z');
  expect(screen.getByText(/Tuesday morning, while classes are in session/)).toBeTruthy();
  const user = userEvent.setup();
  await user.click(screen.getByRole('button', { name: 'Download all as .ics' }));
  expect(a.downloadIcs).toHaveBeenCalledOnce();
  await user.click(screen.getByRole('button', { name: 'Drop' }));
  expect(a.dropBlocks).toHaveBeenCalledWith(['walkthrough-1']);
  await user.click(screen.getByRole('button', { name: 'Find time' }));
  expect(a.findTime).toHaveBeenCalledWith([{ start: block.start, end: block.end }]);
});

test('a block on the calendar shows as such, with no links to add it again', () => {
  render(
    <PlanForm
      {...props}
      hosts={['outlook']}
      suggestion={null}
      outcomes={[{ block, state: 'on-calendar' }]}
      actions={actions()}
    />,
  );
  expect(screen.getByTestId('protected-block').textContent).toMatch(/on your calendar/);
  expect(screen.queryByRole('link')).toBeNull();
});

test('a visit and its feedback conversation are shown as a pair and dropped as a pair', async () => {
  const feedback = {
    id: 'feedback-1',
    activity: 'feedback',
    start: at('2026-12-02', '15:30'),
    end: at('2026-12-02', '15:50'),
    follows: 'walkthrough-1',
    why: "Feedback after Tuesday's walkthrough, the next school day, while it is fresh.",
  };
  const lone = {
    id: 'coaching-1',
    activity: 'coaching',
    start: at('2026-12-01', '08:00'),
    end: at('2026-12-01', '08:30'),
  };
  const outcomes: BlockOutcome[] = [
    { block: lone, state: 'not-scheduled' },
    { block: feedback, state: 'not-scheduled' },
    { block, state: 'not-scheduled' },
  ];
  const a = actions();
  render(<PlanForm {...props} hosts={['google']} suggestion={null} outcomes={outcomes} actions={a} />);
  // The conversation is listed right under its visit.
  expect(
    screen.getAllByTestId('protected-block').map((li) => li.textContent?.match(/Coaching|Walkthrough|Feedback/)?.[0]),
  ).toEqual(['Coaching', 'Walkthrough', 'Feedback']);
  const user = userEvent.setup();
  await user.click(screen.getAllByRole('button', { name: 'Drop the pair' })[1]!);
  expect(a.dropBlocks).toHaveBeenCalledWith(['feedback-1', 'walkthrough-1']);
  expect(screen.getByTestId('find-time-status').textContent).toMatch(
    /^The visit and its feedback conversation were dropped/,
  );
});

test('walkthroughs with no feedback planned: Find time says so, and one click adds the conversations and asks again', async () => {
  const findTime = vi
    .fn()
    .mockResolvedValueOnce({
      kind: 'proposed',
      added: 2,
      kept: 0,
      message:
        'Walkthroughs on their own rarely help teachers grow: a short feedback conversation within a day or two is what makes a visit count.',
      missingFeedbackMinutes: 40,
    })
    .mockResolvedValueOnce({ kind: 'proposed', added: 4, kept: 0, message: null, missingFeedbackMinutes: 0 });
  const a = actions({ findTime });
  render(
    <PlanForm
      {...props}
      plan={{ weekStart: '2026-11-30', minutes: { walkthrough: 60 }, updatedAt: 1 }}
      suggestion={null}
      actions={a}
    />,
  );
  const user = userEvent.setup();
  await user.click(screen.getByRole('button', { name: 'Find time' }));
  expect(screen.getByTestId('find-time-status').textContent).toMatch(/rarely help teachers grow/);
  await user.click(screen.getByRole('button', { name: 'Add 40 min of feedback conversations' }));
  expect(a.save).toHaveBeenLastCalledWith({ weekStart: '2026-11-30', minutes: { walkthrough: 60, feedback: 40 } });
  expect((screen.getByLabelText('Feedback conversation (minutes)') as HTMLInputElement).value).toBe('40');
  expect(screen.queryByRole('button', { name: /Add .* of feedback conversations/ })).toBeNull();
});
