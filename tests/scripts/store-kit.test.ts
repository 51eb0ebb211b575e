import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { markdownToHtml, PRIVACY_PAGE, privacyPage } from '../../scripts/make-store-kit';

test('public/privacy.html is the store kit’s privacy policy and student-data note (npm run store-kit)', () => {
  expect(readFileSync(PRIVACY_PAGE, 'utf8')).toBe(privacyPage());
  expect(privacyPage()).toMatch(/<h1>Leadership Calendar privacy policy<\/h1>/);
  expect(privacyPage()).toMatch(/<h1>Student data: a note for districts<\/h1>[\s\S]*FERPA/);
});

test('the Markdown the store texts use becomes HTML, escaped', () => {
  expect(
    markdownToHtml(
      '# A & B\n\nOne `<code>` and **bold**\nwrapped.\n\n- first\n  continued\n- second\n\n| a | b |\n| --- | --- |\n| 1 | 2 |',
    ),
  ).toBe(
    [
      '<h1>A &amp; B</h1>',
      '<p>One <code>&lt;code&gt;</code> and <strong>bold</strong> wrapped.</p>',
      '<ul>\n  <li>first continued</li>\n  <li>second</li>\n</ul>',
      '<table>',
      '  <thead><tr><th scope="col">a</th><th scope="col">b</th></tr></thead>',
      '  <tbody>\n    <tr><td>1</td><td>2</td></tr>\n  </tbody>',
      '</table>',
    ].join('\n'),
  );
});
