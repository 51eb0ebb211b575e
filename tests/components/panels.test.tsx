import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expect, test, vi } from 'vitest';
import { FirstRun } from '../../components/panel/FirstRun';
import { PlanForm } from '../../components/panel/PlanForm';
import { RulesEditor, type RuleActions } from '../../components/options/RulesEditor';
import { SidePanelApp } from '../../components/panel/SidePanelApp';
import { WeekReview } from '../../components/panel/WeekReview';
import { applyBaseline, measureWeek } from '../../lib/domain/measure/summary';
import { DEFAULT_RULES } from '../../lib/rules/default-rules';
import { recordScan } from '../../lib/store/events-repo';
import { recordReadHealth } from '../../lib/store/read-health';
import { weekKeyOf, weekRange } from '../../lib/domain/time/week';
import { saveSettings } from '../../lib/store/settings-repo';
import { at, freshDb, makeEvent, makeReclaimed, makeTag, tagMap } from '../builders';

test('first run asks for the role and week start', async () => {
  const onDone = vi.fn(async () => {});
  render(<FirstRun onDone={onDone} />);
  const user = userEvent.setup();
  await user.click(screen.getByRole('radio', { name: /Assistant principal/ }));
  await user.selectOptions(screen.getByLabelText('Your week starts on'), 'Sunday');
  await user.click(screen.getByRole('button', { name: 'Start' }));
  expect(onDone).toHaveBeenCalledWith({ role: 'assistant-principal', weekStartsOn: 0, onboarded: true });
});

test('plan: minutes per instructional activity and a note', async () => {
  const onSave = vi.fn(async () => {});
  const actions = { save: onSave, findTime: vi.fn(), dropBlocks: vi.fn(), downloadIcs: vi.fn() };
  render(
    <PlanForm
      weekKey="2026-11-16"
      plan={undefined}
      reclaimedHours={3}
      suggestion={null}
      outcomes={[]}
      hosts={[]}
      actions={actions}
    />,
  );
  const user = userEvent.setup();
  expect(screen.getByText('What will you do with the hours you get back this week?')).toBeTruthy();
  await user.type(screen.getByLabelText('Coaching (minutes)'), '90');
  await user.type(screen.getByLabelText('Feedback conversation (minutes)'), '60');
  await user.type(screen.getByLabelText('Note'), 'two new teachers');
  await user.click(screen.getByRole('button', { name: 'Save plan' }));
  expect(onSave).toHaveBeenCalledWith({
    weekStart: '2026-11-16',
    minutes: { coaching: 90, feedback: 60 },
    note: 'two new teachers',
  });
});

test('review: plan vs actual, redirect, open loops, displaced blocks', () => {
  const walk = makeEvent({ title: 'Walkthrough', start: at('2026-11-16', '09:00'), end: at('2026-11-16', '10:00') });
  const displaced = makeEvent({
    title: 'Walkthrough B',
    start: at('2026-11-17', '09:00'),
    end: at('2026-11-17', '10:00'),
  });
  const tags = tagMap([
    makeTag(walk.id, 'walkthrough'),
    makeTag(displaced.id, 'walkthrough', { status: 'displaced', displacedBy: 'discipline' }),
  ]);
  const m = measureWeek({
    weekKey: '2026-11-16',
    events: [walk, displaced],
    tags,
    reclaimed: [makeReclaimed('2026-11-16', 120)],
    plan: { weekStart: '2026-11-16', minutes: { walkthrough: 120 }, updatedAt: 0 },
    now: at('2026-11-30'),
  });
  render(
    <WeekReview
      summary={applyBaseline(m, { hours: 0.5, source: 'measured', weeks: [] })}
      absorber={{ activity: 'discipline', label: 'Discipline', increaseHours: 1 }}
      displaced={[{ event: displaced, displacedBy: 'discipline', reason: null }]}
    />,
  );
  expect(screen.getByRole('row', { name: /Walkthrough 2 h 1 h/ })).toBeTruthy();
  expect(screen.getByText(/Most of the rest went to/).textContent).toBe(
    'Most of the rest went to discipline (1 h more than in your recent weeks).',
  );
  expect(screen.getByText(/1 walkthrough or observation, 0 feedback/).textContent).toMatch(
    /1 visit has no feedback conversation/,
  );
  expect(screen.getByText(/Walkthrough B/).textContent).toMatch(/displaced by discipline/);
});

test('rules editor: live preview of past events before saving, then save', async () => {
  const events = [
    makeEvent({
      title: 'Instructional rounds, 3rd floor',
      start: at('2026-11-10', '09:00'),
      end: at('2026-11-10', '10:00'),
    }),
  ];
  const actions: RuleActions = {
    save: vi.fn(async () => {}),
    move: vi.fn(async () => {}),
    remove: vi.fn(async () => {}),
    toggle: vi.fn(async () => {}),
    preview: (draft) =>
      events.filter((e) => draft.keywords.some((k) => e.title.toLowerCase().includes(k.toLowerCase()))),
  };
  render(<RulesEditor rules={[...DEFAULT_RULES]} actions={actions} />);
  const user = userEvent.setup();
  await user.type(screen.getByLabelText('contains any of (comma-separated)'), 'rounds');
  expect(screen.getByTestId('rule-preview').textContent).toMatch(
    /This rule would tag 1 past event:Instructional rounds, 3rd floor/,
  );
  await user.click(screen.getByRole('button', { name: 'Add rule' }));
  expect(actions.save).toHaveBeenCalledWith({
    enabled: true,
    field: 'title',
    keywords: ['rounds'],
    kind: 'instructional',
    activity: 'walkthrough',
  });
  // After saving, the form says what happened and is ready for the next rule (neither is true before the click).
  expect(screen.getByRole('status').textContent).toBe(
    'Rule added first in the list and applied. Tags you set yourself were kept.',
  );
  expect((screen.getByLabelText('contains any of (comma-separated)') as HTMLInputElement).value).toBe('');
});

test('the side panel follows the role: an assistant principal lands on the tagging list', async () => {
  const db = freshDb();
  await saveSettings(db, { onboarded: true, role: 'assistant-principal' });
  const now = Date.now();
  await recordScan(db, {
    source: 'google',
    range: null,
    complete: false,
    events: [
      {
        sourceId: 'x',
        title: 'Walkthrough',
        start: now - 3_600_000,
        end: now - 1_800_000,
        allDay: false,
        response: 'unknown',
        cancelled: false,
      },
    ],
    now,
  });
  render(<SidePanelApp db={db} />);
  expect(await screen.findByRole('heading', { name: 'Tag this week' }, { timeout: 5000 })).toBeTruthy();
  expect(screen.getByRole('button', { name: 'Tag' }).getAttribute('aria-current')).toBe('page');
});

test('the side panel asks for the role on first run', async () => {
  render(<SidePanelApp db={freshDb()} />);
  expect(await screen.findByRole('heading', { name: 'Welcome to Leadership Calendar' })).toBeTruthy();
});

test('the panel says when some events on the page could not be read', async () => {
  const db = freshDb();
  await saveSettings(db, { onboarded: true });
  const now = Date.now();
  await recordReadHealth(db, {
    source: 'google',
    view: 'week',
    range: weekRange(weekKeyOf(now, 1)),
    elements: 12,
    failures: 2,
    recorded: true,
    at: now,
  });
  render(<SidePanelApp db={db} />);
  expect((await screen.findByTestId('partial-read')).textContent).toMatch(
    /^2 of 12 events on the calendar page could not be read/,
  );
});
