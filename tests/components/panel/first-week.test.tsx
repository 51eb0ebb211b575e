import { render, screen } from '@testing-library/react';
import { expect, test, vi } from 'vitest';
import { NudgeCard } from '../../../components/panel/NudgeCard';
import { WeekSwitcher } from '../../../components/panel/WeekSwitcher';
import { withoutRepeat } from '../../../lib/domain/measure/explain';
import { trendFromFirstTracked, VIEWS } from '../../../lib/domain/measure/panel';

test('the trend starts at the first tracked week: earlier weeks were not tracked, not 0 h', () => {
  const w = (weekKey: string, tracked: boolean) => ({ weekKey, tracked });
  expect(trendFromFirstTracked([w('a', false), w('b', false), w('c', true), w('d', false), w('e', true)])).toEqual([
    w('c', true),
    w('d', false),
    w('e', true),
  ]);
  expect(trendFromFirstTracked([w('a', false)])).toEqual([]);
});

test('one name, one action: the week switcher’s way back is not called "This week" like the view', () => {
  render(
    <WeekSwitcher weekKey="2026-11-16" isCurrent={false} onPrevious={vi.fn()} onNext={vi.fn()} onToday={vi.fn()} />,
  );
  const names = screen.getAllByRole('button').map((b) => b.getAttribute('aria-label') ?? b.textContent);
  expect(names).toEqual(['Previous week', 'Next week', 'Back to this week']);
  expect(VIEWS.map((v) => v.label)).toContain('This week');
  expect(names.filter((n) => VIEWS.some((v) => v.label === n))).toEqual([]);
});

test('the Friday card beside the glance does not repeat the glance’s sentence', () => {
  const sentence = 'AI gave you back 3 h. Walkthroughs and coaching went up 1 h over your baseline.';
  const message = `${sentence} Block one more coaching or feedback conversation next week.`;
  expect(withoutRepeat(message, sentence)).toBe('Block one more coaching or feedback conversation next week.');
  expect(withoutRepeat(message, null)).toBe(message);
  expect(withoutRepeat(sentence, sentence)).toBe('Your weekly review is ready.');
  const record = {
    id: 'review:2026-11-16',
    kind: 'review' as const,
    weekKey: '2026-11-16',
    title: 'Here is where your reclaimed hours went',
    message,
    target: 'review' as const,
    deliveredAt: 1,
    snoozedUntil: null,
    dismissed: false,
  };
  const actions = { onOpen: vi.fn(), onSnooze: vi.fn(), onTurnOff: vi.fn(), onDismiss: vi.fn() };
  render(<NudgeCard current={record} history={[]} {...actions} shownSentence={sentence} />);
  expect(screen.getByTestId('nudge-message').textContent).toBe(
    'Block one more coaching or feedback conversation next week.',
  );
});
