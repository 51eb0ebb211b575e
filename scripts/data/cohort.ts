// Deterministic trend rows for other leaders a coach supports (the demo's coach view).
import type { TrendRow } from '../../lib/domain/trend-format';
import { random } from './history';

export function cohortRows(leaders: number, weekStarts: readonly string[], seed = 3): TrendRow[] {
  const rand = random(seed);
  const rows: TrendRow[] = [];
  for (let l = 0; l < leaders; l++) {
    const base = 2 + rand() * 3;
    weekStarts.forEach((week, i) => {
      const walk = Math.round((base * 0.6 + rand() * 1.5 + i * 0.05) * 100) / 100;
      const coach = Math.round((base * 0.4 + rand() * 1.2 + i * 0.04) * 100) / 100;
      const reclaimed = Math.round((1 + rand() * 4) * 100) / 100;
      const gain = Math.max(0, walk + coach - base);
      const redirected = Math.round(Math.min(reclaimed, gain) * 100) / 100;
      rows.push({
        leader: `Leader ${String.fromCharCode(66 + l)}`,
        week_start: week,
        worked_hours: Math.round((48 + rand() * 10) * 100) / 100,
        instructional_hours: Math.round((walk + coach + 2 + rand() * 3) * 100) / 100,
        walkthrough_hours: walk,
        coaching_hours: coach,
        operational_hours: Math.round((30 + rand() * 8) * 100) / 100,
        reclaimed_hours: reclaimed,
        redirected_hours: redirected,
        redirect_rate: Math.round((redirected / reclaimed) * 100) / 100,
        untagged_hours: Math.round(rand() * 300) / 100,
        planned_hours: null,
        displaced_hours: Math.round(rand() * 100) / 100,
        open_loops: Math.floor(rand() * 3),
        baseline_hours: Math.round(base * 100) / 100,
        role: 'principal',
      });
    });
  }
  return rows;
}
