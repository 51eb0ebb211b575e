// The store kit's generated parts (store/README.md says what each file is for):
//   node scripts/run-ts.mjs scripts/make-store-kit.ts            public/privacy.html from store/*.md
//   node scripts/run-ts.mjs scripts/make-store-kit.ts --images   also the 440×280 tile and the 300×300 logo
// The screenshots come from the demo (npm run store-kit). tests/store-kit.test.ts fails when privacy.html differs
// from what this writes.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const STORE_DIR = join(process.cwd(), 'store');
export const PRIVACY_PAGE = join(process.cwd(), 'public/privacy.html');
const SOURCES = ['privacy-policy.md', 'student-data.md'];

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
/** Inline marks the policy uses: **bold**, `code`, and (escaped) quotes left as they are. */
const inline = (text: string) =>
  escapeHtml(text)
    .replace(/\*\*([^*]+)\*\*/g, '<strong>$1</strong>')
    .replace(/`([^`]+)`/g, '<code>$1</code>');

/**
 * The subset of Markdown the store texts use: headings, paragraphs, "- " lists and pipe tables. Written here rather
 * than adding a Markdown library for two files whose shape we control (a test renders both).
 */
export function markdownToHtml(markdown: string): string {
  const out: string[] = [];
  const blocks = markdown.trim().split(/\n{2,}/);
  for (const block of blocks) {
    const lines = block.split('\n');
    const heading = /^(#{1,3}) (.*)$/.exec(block);
    if (heading && lines.length === 1) {
      const level = heading[1]!.length;
      out.push(`<h${level}>${inline(heading[2]!)}</h${level}>`);
    } else if (lines.every((l) => /^- /.test(l) || /^ {2}\S/.test(l))) {
      const items = block.split(/\n(?=- )/).map((item) => item.replace(/^- /, '').replace(/\n +/g, ' '));
      out.push(`<ul>\n${items.map((i) => `  <li>${inline(i)}</li>`).join('\n')}\n</ul>`);
    } else if (lines.every((l) => l.startsWith('|'))) {
      const cells = (line: string) =>
        line
          .replace(/^\||\|$/g, '')
          .split('|')
          .map((c) => inline(c.trim()));
      const [head, , ...rows] = lines;
      out.push(
        '<table>',
        `  <thead><tr>${cells(head!)
          .map((c) => `<th scope="col">${c}</th>`)
          .join('')}</tr></thead>`,
        `  <tbody>\n${rows
          .map(
            (r) =>
              `    <tr>${cells(r)
                .map((c) => `<td>${c}</td>`)
                .join('')}</tr>`,
          )
          .join('\n')}\n  </tbody>`,
        '</table>',
      );
    } else out.push(`<p>${inline(lines.join(' '))}</p>`);
  }
  return out.join('\n');
}

/** The extension page linked from the options: the privacy policy and the note on student data, as one page. */
export function privacyPage(): string {
  const body = SOURCES.map((file) => markdownToHtml(readFileSync(join(STORE_DIR, file), 'utf8'))).join('\n<hr />\n');
  return `<!doctype html>
<!-- Generated from store/privacy-policy.md and store/student-data.md by scripts/make-store-kit.ts: edit those. -->
<html lang="en">
  <head>
    <meta charset="UTF-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1.0" />
    <title>Leadership Calendar — privacy policy</title>
    <style>
      body { font: 16px/1.5 system-ui, sans-serif; color: #1a1a1a; background: #fff; max-width: 46rem; margin: 0 auto; padding: 1rem; }
      h1, h2, h3 { line-height: 1.25; }
      code { font-size: 0.95em; }
      table { border-collapse: collapse; width: 100%; }
      th, td { border: 1px solid #767676; padding: 0.4rem; text-align: left; vertical-align: top; }
      hr { margin: 2rem 0; }
    </style>
  </head>
  <body>
    <main>
${body}
    </main>
  </body>
</html>
`;
}

/** The toolbar icon's shapes (scripts/make-icons.mjs) as SVG, so the store's images are sharp at any size. */
export const ICON_SVG = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100">
  <rect x="8" y="12" width="84" height="80" fill="#1f4e79"/>
  <rect x="13" y="30" width="74" height="57" fill="#fff"/>
  <rect x="22" y="62" width="14" height="18" fill="#78909c"/>
  <rect x="43" y="50" width="14" height="30" fill="#78909c"/>
  <rect x="64" y="38" width="14" height="42" fill="#2e7d32"/>
</svg>`;

export const STORE_IMAGES = {
  tile: { file: 'images/tile-440x280.png', width: 440, height: 280 },
  logo: { file: 'images/logo-300x300.png', width: 300, height: 300 },
} as const;

const imagePage = (kind: keyof typeof STORE_IMAGES) =>
  kind === 'logo'
    ? `<body style="margin:0;width:300px;height:300px;display:grid;place-items:center;background:#fff">
         <div style="width:236px;height:236px">${ICON_SVG}</div></body>`
    : `<body style="margin:0;width:440px;height:280px;display:flex;align-items:center;gap:20px;padding:0 28px;
         box-sizing:border-box;background:#f4f7fa;font-family:system-ui,sans-serif;color:#1f4e79">
         <div style="width:120px;height:120px;flex:none">${ICON_SVG}</div>
         <div><div style="font-size:30px;font-weight:700;line-height:1.1">Leadership Calendar</div>
         <div style="font-size:17px;margin-top:10px;color:#263238">Where the hours AI gives back go: walkthroughs, coaching, feedback.</div></div></body>`;

async function images(): Promise<void> {
  const { chromium } = await import('playwright-core');
  const { CHROMIUM_ARGS, chromiumPath } = await import('../tests/e2e/harness');
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: [...CHROMIUM_ARGS] });
  try {
    for (const kind of Object.keys(STORE_IMAGES) as (keyof typeof STORE_IMAGES)[]) {
      const { file, width, height } = STORE_IMAGES[kind];
      const page = await browser.newPage({ viewport: { width, height } });
      await page.setContent(imagePage(kind));
      mkdirSync(join(STORE_DIR, 'images'), { recursive: true });
      await page.screenshot({ path: join(STORE_DIR, file) });
      console.log(join(STORE_DIR, file));
    }
  } finally {
    await browser.close();
  }
}

if (process.argv[1]?.endsWith('make-store-kit.ts')) {
  writeFileSync(PRIVACY_PAGE, privacyPage());
  console.log(PRIVACY_PAGE);
  if (process.argv.includes('--images')) await images();
}
