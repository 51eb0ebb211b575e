// Writes tests/fixtures/<host>/*.html from tests/fixtures/calendar-pages.ts. Run: node scripts/run-ts.mjs scripts/make-fixtures.ts
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderGooglePage, renderOutlookPage } from '../tests/fixtures/calendar-pages';
import { principalWeek } from '../tests/fixtures/principal-week';
import { overlayWeek, PRINCIPAL } from '../tests/fixtures/overlay-week';

const dir = join(process.cwd(), 'tests/fixtures');
const week = principalWeek('2026-11-16');
const google = {
  'week.en-US.12h.html': renderGooglePage({
    view: 'week',
    lang: 'en',
    hour12: true,
    firstDay: '2026-11-16',
    events: week,
  }),
  'week.en-GB.24h.html': renderGooglePage({
    view: 'week',
    lang: 'en-GB',
    hour12: false,
    firstDay: '2026-11-16',
    events: week,
  }),
  'week.de.24h.html': renderGooglePage({
    view: 'week',
    lang: 'de',
    hour12: false,
    firstDay: '2026-11-16',
    events: week,
  }),
  'week.es.12h.html': renderGooglePage({
    view: 'week',
    lang: 'es',
    hour12: true,
    firstDay: '2026-11-16',
    events: week,
  }),
  'day.en-US.12h.html': renderGooglePage({
    view: 'day',
    lang: 'en',
    hour12: true,
    firstDay: '2026-11-16',
    events: week,
  }),
  'schedule.en-US.12h.html': renderGooglePage({
    view: 'schedule',
    lang: 'en',
    hour12: true,
    firstDay: '2026-11-16',
    events: week,
  }),
  'week.overlay.en-US.12h.html': renderGooglePage({
    view: 'week',
    lang: 'en',
    hour12: true,
    firstDay: '2026-12-07',
    events: overlayWeek('2026-12-07'),
    account: PRINCIPAL,
  }),
  'month.en-GB.24h.html': renderGooglePage({
    view: 'month',
    lang: 'en-GB',
    hour12: false,
    firstDay: '2026-10-26',
    days: 35,
    events: week,
  }),
};
const outlook = {
  'workweek.en-US.12h.html': renderOutlookPage({
    view: 'workweek',
    lang: 'en-US',
    hour12: true,
    firstDay: '2026-11-16',
    events: week,
  }),
  'week.en-GB.24h.html': renderOutlookPage({
    view: 'week',
    lang: 'en-GB',
    hour12: false,
    firstDay: '2026-11-16',
    events: week,
  }),
  'month.en-US.12h.html': renderOutlookPage({
    view: 'month',
    lang: 'en-US',
    hour12: true,
    firstDay: '2026-10-26',
    days: 35,
    events: week,
  }),
};
for (const [host, files] of Object.entries({ google, outlook })) {
  mkdirSync(join(dir, host), { recursive: true });
  for (const [name, html] of Object.entries(files)) writeFileSync(join(dir, host, name), html);
}
console.log('fixtures written');
