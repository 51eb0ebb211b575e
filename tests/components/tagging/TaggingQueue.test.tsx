import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expect, test, vi } from 'vitest';
import { TaggingQueue, type TaggingActions } from '../../../components/tagging/TaggingQueue';
import { at, makeEvent, makeTag, tagMap } from '../../builders';

function setup(filter: 'all' | 'needs-you' = 'all') {
  const walk = makeEvent({
    sourceId: 'w',
    title: 'Walkthrough grade 2',
    start: at('2026-11-16', '09:00'),
    end: at('2026-11-16', '09:30'),
  });
  const bus = makeEvent({
    sourceId: 'b',
    title: 'Bus duty',
    start: at('2026-11-16', '07:00'),
    end: at('2026-11-16', '07:30'),
    seriesId: 'bus',
  });
  const iep = makeEvent({
    sourceId: 'i',
    title: 'IEP meeting',
    start: at('2026-11-17', '13:00'),
    end: at('2026-11-17', '14:00'),
  });
  const coach = makeEvent({
    sourceId: 'c',
    title: 'Coaching: Ms. Lee',
    start: at('2026-11-17', '10:00'),
    end: at('2026-11-17', '11:00'),
  });
  const tags = tagMap([
    makeTag(walk.id, 'walkthrough', {
      setBy: 'rule',
      ruleId: 'default-walkthrough',
      reason: 'title contains "walkthrough"',
    }),
    makeTag(bus.id, 'supervision', { setBy: 'rule', reason: 'title contains "duty"' }),
    makeTag(coach.id, 'coaching'),
  ]);
  const actions: TaggingActions = {
    tag: vi.fn(async () => {}),
    tagSeries: vi.fn(async () => {}),
    alwaysTagLikeThis: vi.fn(async () => {}),
    setStatus: vi.fn(async () => {}),
    acceptSuggestions: vi.fn(async () => ({ count: 2, undo })),
  };
  const undo = vi.fn(async () => {});
  render(
    <TaggingQueue
      events={[walk, bus, iep, coach]}
      tags={tags}
      now={at('2026-11-18')}
      actions={actions}
      initialFilter={filter}
      inSeries={new Set([bus.id])}
    />,
  );
  return { walk, bus, iep, coach, actions, undo, user: userEvent.setup() };
}

test('rows are grouped by day, untagged and rule-suggested first, and say why', () => {
  setup();
  const rows = screen.getAllByTestId('queue-row');
  expect(rows.map((r) => r.querySelector('strong')!.textContent)).toEqual([
    'Bus duty',
    'Walkthrough grade 2',
    'IEP meeting',
    'Coaching: Ms. Lee',
  ]);
  expect(within(rows[1]!).getByTestId('tag-text').textContent).toBe(
    'Instructional · Walkthrough — suggested because the title contains "walkthrough"',
  );
  expect(screen.getByRole('heading', { name: /Mon/ })).toBeTruthy();
});

test('keyboard only: move with j/k and arrows, tag with i/o/p', async () => {
  const { actions, walk, iep, user } = setup();
  screen.getAllByTestId('queue-row')[0]!.focus();
  await user.keyboard('j');
  expect(document.activeElement).toBe(screen.getAllByTestId('queue-row')[1]);
  await user.keyboard('i');
  expect(actions.tag).toHaveBeenLastCalledWith([walk.id], 'instructional');
  await user.keyboard('{ArrowDown}o');
  expect(actions.tag).toHaveBeenLastCalledWith([iep.id], 'operational');
  await user.keyboard('k');
  expect(document.activeElement).toBe(screen.getAllByTestId('queue-row')[1]);
  expect((await screen.findByRole('status')).textContent).toMatch(/Tagged "IEP meeting" operational/);
});

test('x selects rows and a kind key tags all of them at once', async () => {
  const { actions, bus, walk, user } = setup();
  screen.getAllByTestId('queue-row')[0]!.focus();
  await user.keyboard('xjx');
  expect(screen.getByRole('group', { name: 'Selected events' }).textContent).toMatch(/2 selected/);
  await user.keyboard('p');
  expect(actions.tag).toHaveBeenLastCalledWith([bus.id, walk.id], 'personal');
});

test('a focuses the activity picker; s tags the series; r makes a rule; h and d answer "did it happen?"', async () => {
  const { actions, bus, walk, coach, user } = setup();
  const rows = screen.getAllByTestId('queue-row');
  rows[0]!.focus();
  await user.keyboard('s');
  expect(actions.tagSeries).toHaveBeenCalledWith(bus.id, 'operational', 'supervision');
  await user.keyboard('a');
  expect(document.activeElement).toBe(within(rows[0]!).getByRole('combobox', { name: 'Activity for Bus duty' }));
  await user.selectOptions(document.activeElement as HTMLSelectElement, 'discipline');
  expect(actions.tag).toHaveBeenLastCalledWith([bus.id], 'operational', 'discipline');
  rows[1]!.focus();
  await user.keyboard('r');
  expect(actions.alwaysTagLikeThis).toHaveBeenCalledWith(walk, 'instructional', 'walkthrough');
  await user.keyboard('d');
  expect(actions.setStatus).toHaveBeenLastCalledWith(walk.id, 'displaced');
  rows[3]!.focus();
  await user.keyboard('h');
  expect(actions.setStatus).toHaveBeenLastCalledWith(coach.id, 'happened');
});

test('a key and its button are one action: same store call, same sentence', async () => {
  const { actions, walk, coach, user } = setup();
  const rows = screen.getAllByTestId('queue-row');
  rows[1]!.focus();
  await user.keyboard('d');
  const byKey = (await screen.findByRole('status')).textContent;
  rows[3]!.focus();
  await user.click(within(rows[3]!).getByRole('button', { name: 'It was displaced' }));
  expect(actions.setStatus).toHaveBeenNthCalledWith(1, walk.id, 'displaced');
  expect(actions.setStatus).toHaveBeenNthCalledWith(2, coach.id, 'displaced');
  expect(byKey).toBe('Marked as displaced. Say what displaced it, if you know.');
  expect(screen.getByRole('status').textContent).toBe(byKey);
  expect(document.getElementById('queue-help')!.textContent).toContain(
    's: tag the whole series · r: always tag titles like this',
  );
});

test('"Needs you": untagged events, unconfirmed suggestions and past blocks waiting for "did it happen?"', async () => {
  const { walk, bus, iep, coach, user } = setup('needs-you');
  const titles = () => screen.getAllByTestId('queue-row').map((r) => r.querySelector('strong')!.textContent);
  // The coaching block is a person's tag but past and not yet confirmed, so it needs an answer too.
  expect(titles().sort()).toEqual([bus.title, coach.title, iep.title, walk.title].sort());
  expect(screen.getByRole('button', { name: 'Needs you (4)' }).getAttribute('aria-pressed')).toBe('true');
  await user.click(screen.getByRole('button', { name: 'All (4)' }));
  expect(screen.getByRole('button', { name: 'All (4)' }).getAttribute('aria-pressed')).toBe('true');
});

test('"Needs you" leaves out what is settled', () => {
  const settled = makeEvent({
    sourceId: 's',
    title: 'Budget review',
    start: at('2026-11-19', '13:00'),
    end: at('2026-11-19', '14:00'),
  });
  const later = makeEvent({
    sourceId: 'l',
    title: 'Walkthrough later',
    start: at('2026-11-20', '09:00'),
    end: at('2026-11-20', '09:30'),
  });
  const open = makeEvent({
    sourceId: 'o',
    title: 'Untagged thing',
    start: at('2026-11-19', '08:00'),
    end: at('2026-11-19', '08:30'),
  });
  const tags = tagMap([makeTag(settled.id, 'budget'), makeTag(later.id, 'walkthrough')]);
  const actions = {
    tag: vi.fn(),
    tagSeries: vi.fn(),
    alwaysTagLikeThis: vi.fn(),
    setStatus: vi.fn(),
    acceptSuggestions: vi.fn(),
  };
  render(
    <TaggingQueue
      events={[settled, later, open]}
      tags={tags}
      now={at('2026-11-18')}
      actions={actions}
      initialFilter="needs-you"
    />,
  );
  expect(screen.getAllByTestId('queue-row').map((r) => r.querySelector('strong')!.textContent)).toEqual([
    'Untagged thing',
  ]);
});

test('"Accept all suggestions" confirms every suggestion shown, by button or Shift+Y, with an undo', async () => {
  const { actions, undo, walk, bus, user } = setup();
  await user.click(screen.getByRole('button', { name: 'Accept all suggestions (2)' }));
  expect([...(actions.acceptSuggestions as ReturnType<typeof vi.fn>).mock.calls[0]![0]].sort()).toEqual(
    [bus.id, walk.id].sort(),
  );
  expect(screen.getByRole('status').textContent).toBe('Accepted 2 suggestions.');
  await user.click(screen.getByRole('button', { name: 'Undo' }));
  expect(undo).toHaveBeenCalledOnce();
  expect(screen.getByRole('status').textContent).toBe('Suggestions are suggestions again.');
  expect(screen.queryByRole('button', { name: 'Undo' })).toBeNull();
  screen.getAllByTestId('queue-row')[0]!.focus();
  await user.keyboard('{Shift>}Y{/Shift}');
  expect(actions.acceptSuggestions).toHaveBeenCalledTimes(2);
});

test('a row shows the why and its controls only when it has focus or is selected', async () => {
  const { user } = setup();
  const row = screen.getAllByTestId('queue-row')[1]!;
  expect(row.className).not.toMatch(/selected/);
  await user.click(within(row).getByRole('checkbox'));
  expect(row.className).toMatch(/selected/);
  expect(within(row).getByTestId('tag-text').querySelector('.tag-chip')!.getAttribute('data-suggested')).toBe('true');
});
