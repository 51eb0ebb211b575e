import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expect, test, vi } from 'vitest';
import { PresetsEditor } from '../../../components/options/PresetsEditor';
import { loadSettings, saveSettings } from '../../../lib/store/settings-repo';
import { freshDb } from '../../builders';

test('presets are editable; an invalid one is refused with the reason and nothing changes', async () => {
  const db = freshDb();
  const { settings } = await loadSettings(db);
  render(
    <PresetsEditor presets={settings.presets} onSave={async (presets) => void (await saveSettings(db, { presets }))} />,
  );
  const user = userEvent.setup();
  await user.clear(screen.getByLabelText('Preset 1 minutes'));
  await user.type(screen.getByLabelText('Preset 1 minutes'), '50');
  await user.click(screen.getByRole('button', { name: 'Save presets' }));
  // The save is a database write: its outcome is awaited, not assumed by the next line.
  await vi.waitFor(() => expect(screen.getByRole('status').textContent).toBe('Presets saved.'));
  expect((await loadSettings(db)).settings.presets[0]).toEqual({
    task: 'Parent newsletter',
    minutes: 50,
    fromActivity: 'family-communication',
  });
  await user.clear(screen.getByLabelText('Preset 2 task'));
  await user.click(screen.getByRole('button', { name: 'Save presets' }));
  await vi.waitFor(() => expect(screen.getByRole('status').textContent).toMatch(/presets\.1\.task/));
  expect((await loadSettings(db)).settings.presets[1]!.task).toBe('Meeting prep');
});
