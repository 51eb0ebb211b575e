import type { Page } from 'playwright-core';

/** Presses Tab until the focused element matches, as a keyboard user would; fails if it is never reached. */
export async function tabTo(
  page: Page,
  matches: (el: { tag: string; name: string; role: string | null; label: string }) => boolean,
  max = 80,
): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const el = await page.evaluate(() => {
      const a = document.activeElement as HTMLElement | null;
      const label = a?.id ? (document.querySelector(`label[for="${a.id}"]`)?.textContent ?? '') : '';
      return {
        tag: a?.tagName.toLowerCase() ?? '',
        name: (a?.getAttribute('aria-label') ?? a?.textContent ?? '').trim(),
        role: a?.getAttribute('role') ?? null,
        label: label.trim(),
      };
    });
    if (matches(el)) return;
  }
  throw new Error('Could not reach the element with the keyboard');
}

export const byName = (name: string | RegExp) => (el: { name: string }) =>
  typeof name === 'string' ? el.name === name : name.test(el.name);
export const byLabel = (label: string) => (el: { label: string }) => el.label === label;
