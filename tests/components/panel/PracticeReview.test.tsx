import { fireEvent, render, screen } from '@testing-library/react';
import { expect, test, vi } from 'vitest';
import { PracticeReview } from '../../../components/panel/PracticeReview';
import type { Coverage } from '../../../lib/domain/reconcile/coverage';
import { DEFAULT_REASONS } from '../../../lib/domain/reconcile/reasons';
import { at } from '../../builders';

const member = (name: string) => ({ key: name.toLowerCase(), name, addedAt: 0 });
const coverage = (withSequence: boolean): Coverage => ({
  weeks: 3,
  share: 0.5,
  teachers: [
    {
      teacher: member('Maria Patel'),
      lastSeen: at('2026-12-01', '09:00'),
      seen: true,
      sequence: withSequence
        ? [
            { teacherKey: 'maria patel', kind: 'visit', start: at('2026-11-24', '09:00'), eventId: 'a' },
            { teacherKey: 'maria patel', kind: 'feedback', start: at('2026-11-25', '15:00'), eventId: 'b' },
          ]
        : [],
    },
    { teacher: member('James Chen'), lastSeen: null, seen: false, sequence: [] },
  ],
  notSeen: [{ teacher: member('James Chen'), lastSeen: null, seen: false, sequence: [] }],
});
const week = {
  plannedMinutes: 75,
  blocks: 2,
  happenedMinutes: 30,
  notReconciled: { blocks: 0, minutes: 0 },
  displacedMinutes: 45,
  byReason: [{ reason: 'discipline', minutes: 45 }],
  moved: { blocks: 0, minutes: 0 },
  gaps: [{ reason: 'discipline', minutes: 45 }],
  followUps: { reschedule: 0, 'hand-off': 0, drop: 1 },
  asked: 0,
};

test('what took the time as a chart a screen reader reads; the First Responder gap; coverage', () => {
  render(<PracticeReview week={week} owed={[]} coverage={coverage(false)} reasons={DEFAULT_REASONS} />);
  expect(screen.getByRole('img').getAttribute('aria-label')).toBe(
    'Time that did not happen, by what took it: Student behaviour or discipline 45 min.',
  );
  expect(screen.getByTestId('first-responder-gaps').textContent).toBe(
    'Student behaviour or discipline (45 min): no one is assigned yet.',
  );
  expect(screen.getByTestId('coverage-sentence').textContent).toBe(
    'Not seen within 3 weeks: 1 of 2 teachers (James Chen).',
  );
});

test("each teacher's visits and feedback in order, read only when the list is opened", () => {
  const onSequences = vi.fn();
  const { rerender } = render(
    <PracticeReview
      week={week}
      owed={[]}
      coverage={coverage(false)}
      reasons={DEFAULT_REASONS}
      onSequences={onSequences}
    />,
  );
  const details = screen.getByText("Each teacher's visits and feedback, last 8 weeks").closest('details')!;
  details.open = true;
  fireEvent(details, new Event('toggle'));
  expect(onSequences).toHaveBeenCalledWith(true);
  rerender(
    <PracticeReview
      week={week}
      owed={[]}
      coverage={coverage(false)}
      reasons={DEFAULT_REASONS}
      onSequences={onSequences}
      sequences={coverage(true)}
    />,
  );
  const rows = screen
    .getAllByRole('row')
    .slice(1)
    .map((r) => r.textContent);
  expect(rows).toEqual(['James Chennot yet—', 'Maria PatelTue, Dec 1visit, feedback']);
});
