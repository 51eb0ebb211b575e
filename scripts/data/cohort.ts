// Deterministic trend rows for other leaders a coach supports (the demo's coach view). Each leader has a story a
// coach meets, so the triage table shows each of its reasons beside leaders who are doing as they usually do.
import { NO_PRACTICE, type TrendRow } from '../../lib/domain/files/trend-format';
import { random } from './history';

/** What happens to a leader over the weeks: steady; visits without feedback; gains fading; files stopping. */
const STORIES = ['steady', 'open-loops', 'fading', 'steady', 'stopped'] as const;

const r2 = (n: number) => Math.round(n * 100) / 100;

export function cohortRows(leaders: number, weekStarts: readonly string[], seed = 3): TrendRow[] {
  const rand = random(seed);
  const rows: TrendRow[] = [];
  for (let l = 0; l < leaders; l++) {
    const story = STORIES[l % STORIES.length]!;
    const base = 2 + rand() * 3;
    // A leader whose files stopped: the last three weeks are missing.
    const weeks = story === 'stopped' ? weekStarts.slice(0, -3) : weekStarts;
    weeks.forEach((week, i) => {
      const late = i >= weekStarts.length - 4;
      // Fading: the last four weeks fall back to the baseline while AI keeps giving hours back.
      const growth = story === 'fading' && late ? 0 : i * 0.05;
      const walk = r2(base * 0.6 + rand() * (story === 'fading' && late ? 0.3 : 1.5) + growth);
      const coach = r2(base * 0.4 + rand() * (story === 'fading' && late ? 0.2 : 1.2) + growth * 0.8);
      const reclaimed = r2(1 + rand() * 4);
      const redirected = r2(Math.min(reclaimed, Math.max(0, walk + coach - base)));
      const loops = story === 'open-loops' ? 1 + Math.floor(rand() * 2) : rand() < 0.12 ? 1 : 0;
      rows.push({
        leader: `Leader ${String.fromCharCode(66 + l)}`,
        week_start: week,
        worked_hours: r2(48 + rand() * 10),
        instructional_hours: r2(walk + coach + 2 + rand() * 3),
        walkthrough_hours: walk,
        coaching_hours: coach,
        operational_hours: r2(30 + rand() * 8),
        reclaimed_hours: reclaimed,
        redirected_hours: redirected,
        redirect_rate: r2(redirected / reclaimed),
        untagged_hours: r2(rand() * 3),
        planned_hours: null,
        displaced_hours: r2(rand()),
        open_loops: loops,
        baseline_hours: r2(base),
        role: 'principal',
        ...NO_PRACTICE,
      });
    });
  }
  return rows;
}
