import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expect, test, vi } from 'vitest';
import { ReclaimedForm } from '../../../components/panel/ReclaimedForm';

test('logs time saved with the keyboard, using the labelled fields', async () => {
  const onSave = vi.fn(async () => {});
  render(<ReclaimedForm today="2026-11-23" entries={[]} onSave={onSave} onDelete={vi.fn()} />);
  const user = userEvent.setup();
  await user.type(screen.getByLabelText('Task'), 'Parent newsletter');
  await user.type(screen.getByLabelText('Minutes saved'), '45');
  await user.click(screen.getByRole('button', { name: 'Log time saved' }));
  expect(onSave).toHaveBeenCalledWith({
    date: '2026-11-23',
    minutes: 45,
    task: 'Parent newsletter',
    fromActivity: 'family-communication',
  });
  expect(screen.getByRole('status').textContent).toBe('Logged 45 min saved on "Parent newsletter" (2026-11-23).');
});

test('shows the store’s specific error and keeps the input', async () => {
  const onSave = vi.fn(async () => {
    throw new Error('minutes: At least 1 minute');
  });
  render(<ReclaimedForm today="2026-11-23" entries={[]} onSave={onSave} onDelete={vi.fn()} />);
  const user = userEvent.setup();
  await user.type(screen.getByLabelText('Task'), 'Schedules');
  await user.click(screen.getByRole('button', { name: 'Log time saved' }));
  expect(screen.getByRole('status').textContent).toBe('minutes: At least 1 minute');
  expect((screen.getByLabelText('Task') as HTMLInputElement).value).toBe('Schedules');
});
