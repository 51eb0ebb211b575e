import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, expect, test } from 'vitest';
import { OptionsApp } from '../../../components/options/OptionsApp';
import { OPTION_SECTIONS, sectionOf } from '../../../components/options/sections';
import { freshDb } from '../../builders';

afterEach(() => {
  history.replaceState(null, '', location.pathname);
});

test('a hash names a section; an old id opens the section that now holds it; anything else opens the first', () => {
  expect(sectionOf('#school-day')).toBe('school-day');
  expect(sectionOf('#send-tags')).toBe('sharing');
  expect(sectionOf('')).toBe('settings');
  expect(sectionOf('#nothing-here')).toBe('settings');
  expect(new Set(OPTION_SECTIONS.map((s) => s.id)).size).toBe(OPTION_SECTIONS.length);
});

test('the page opens on the section its link names, and shows only that section', async () => {
  history.replaceState(null, '', '#school-day');
  render(<OptionsApp db={freshDb()} />);
  expect(await screen.findByRole('heading', { name: 'Your school day' })).toBeTruthy();
  expect(screen.queryByRole('heading', { name: 'Tagging rules' })).toBeNull();
  const nav = screen.getByRole('navigation', { name: 'Settings sections' });
  const current = nav.querySelector('[aria-current="page"]');
  expect(current?.textContent).toBe('School day');
  expect(nav.querySelectorAll('a')).toHaveLength(OPTION_SECTIONS.length);
});

test('each section is one link away, by keyboard too: following it shows the section and moves focus into it', async () => {
  render(<OptionsApp db={freshDb()} />);
  await screen.findByRole('heading', { name: 'Settings' });
  const user = userEvent.setup();
  const rules = screen.getByRole('link', { name: 'Tagging rules' });
  rules.focus();
  await user.keyboard('{Enter}');
  expect(location.hash).toBe('#rules');
  expect(await screen.findByRole('heading', { name: 'Tagging rules' })).toBeTruthy();
  await waitFor(() => expect(document.activeElement?.getAttribute('data-section')).toBe('rules'));
  expect(screen.getByRole('link', { name: 'Tagging rules' }).getAttribute('aria-current')).toBe('page');
  expect(screen.queryByRole('heading', { name: 'Settings' })).toBeNull();
});

test('with no calendar read yet, the calendars section says how to get one', async () => {
  history.replaceState(null, '', '#calendars');
  render(<OptionsApp db={freshDb()} />);
  expect(await screen.findByText(/No calendar has been read yet/)).toBeTruthy();
});
