// @vitest-environment node
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { afterAll, beforeAll, expect, test } from 'vitest';
import '../../lib/zod';
import { cohortByWeek } from '../../lib/domain/coach/coach';
import { trendTableSchema } from '../../lib/domain/files/trend-contract';
import {
  EXTRA_COLUMNS,
  NO_PRACTICE,
  RELEASED_TREND_VERSIONS,
  type TrendRow,
} from '../../lib/domain/files/trend-format';
import { toTrendCsv, toTrendJson } from '../../lib/exchange/trend-csv';
import { cohortRows } from '../../scripts/data/cohort';
import { cohortFiles } from '../fixtures/cohort-files';

/**
 * The district's path, proven with a real engine: trend files of every released version, in CSV (with and without
 * the optional columns) and JSON, loaded into DuckDB (embedded, no server) with the types of the published table
 * schema; the cohort median per week computed there must equal the coach view's.
 */
const dir = mkdtempSync(join(tmpdir(), 'lc-duckdb-'));
const SQL_TYPES = { string: 'VARCHAR', date: 'DATE', number: 'DOUBLE', integer: 'INTEGER' } as const;

/** The one statement a district analyst runs (docs/file-contracts.md, "The trend file's contract"). */
const COHORT_MEDIAN_SQL = `SELECT week_start, count(*) AS leaders,
       round(quantile_cont(walkthrough_hours + coaching_hours, 0.5), 2) AS median_walkthrough_coaching
FROM trend GROUP BY week_start ORDER BY week_start`;

let instance: DuckDBInstance;
const files: { name: string; version: number }[] = [];
const all: TrendRow[] = [];

beforeAll(async () => {
  instance = await DuckDBInstance.create(':memory:');
  const fixture = Object.values(cohortFiles('2026-11-30')).flat();
  const others = cohortRows(8, [...new Set(fixture.map((r) => r.week_start))]).map((r) => ({
    ...r,
    leader: `District ${r.leader}`,
  }));
  for (const version of RELEASED_TREND_VERSIONS) {
    // Each version's files as that version wrote them (its columns only), under leaders of their own. Version 2's
    // rows carry the daily reconcile's columns: time lost to discipline, a First Responder gap, feedback, coverage.
    const own = (r: TrendRow, i: number): TrendRow => ({
      ...r,
      leader: `${r.leader} v${version}`,
      ...(version >= 2
        ? {
            displaced_discipline_hours: i % 3 === 0 ? 0.75 : 0,
            unassigned_hours: i % 3 === 0 ? 0.75 : 0,
            unassigned_reasons: i % 3 === 0 ? 'discipline' : null,
            visits_owed_feedback: 4,
            visits_followed_in_two_days: i % 4,
            coverage: 0.5,
            coverage_weeks: 3,
            days_reconciled: 4,
            school_days: 5,
          }
        : {}),
    });
    // Full CSV, a CSV that leaves the optional columns out (allowed in every released version), and JSON.
    const full = fixture.map(own);
    const lean = others.slice(0, 48).map((r, i) => ({ ...own(r, i), leader: `${r.leader} v${version} lean` }));
    const json = others.slice(48).map(own);
    writeFileSync(join(dir, `full-v${version}.csv`), toTrendCsv(full, version));
    const leanCsv = toTrendCsv(lean, version)
      .split('\r\n')
      .map((line) => line.split(',').slice(0, 11).join(','))
      .join('\r\n');
    expect(leanCsv.split('\r\n')[0]).not.toMatch(new RegExp(EXTRA_COLUMNS.join('|')));
    writeFileSync(join(dir, `lean-v${version}.csv`), leanCsv);
    writeFileSync(join(dir, `json-v${version}.json`), toTrendJson(json, new Date(0), version));
    files.push(
      { name: `full-v${version}.csv`, version },
      { name: `lean-v${version}.csv`, version },
      { name: `json-v${version}.json`, version },
    );
    all.push(
      ...full,
      ...lean.map((r) => ({
        ...r,
        ...NO_PRACTICE,
        planned_hours: null,
        displaced_hours: null,
        open_loops: null,
        baseline_hours: null,
        role: null,
      })),
      ...json,
    );
  }
});
afterAll(() => instance?.closeSync());

test('files of every released version load into DuckDB with the table schema’s types; its cohort median equals the coach view’s', async () => {
  const db = await instance.connect();
  const schema = trendTableSchema();
  const columns = schema.fields.map((f) => `${f.name} ${SQL_TYPES[f.type as keyof typeof SQL_TYPES]}`).join(', ');
  await db.run(`CREATE TABLE trend (${columns}, PRIMARY KEY (leader, week_start))`);
  for (const file of files) {
    const path = join(dir, file.name).replace(/'/g, "''");
    const source = file.name.endsWith('.json')
      ? `SELECT unnest(rows, recursive := true) FROM read_json('${path}')`
      : `SELECT * FROM read_csv('${path}', header = true, all_varchar = true)`;
    // By name: a CSV that leaves optional columns out gets NULLs there; text is cast to the schema's types.
    await db.run(`INSERT INTO trend BY NAME ${source}`);
  }
  const count = await db.runAndReadAll('SELECT count(*)::INTEGER AS n FROM trend');
  expect(count.getRowObjects()[0]!.n).toBe(all.length);
  const typed = await db.runAndReadAll(
    "SELECT typeof(week_start) AS d, typeof(open_loops) AS c FROM trend WHERE leader = 'Leader Loops v1' LIMIT 1",
  );
  expect(typed.getRowObjects()[0]).toEqual({ d: 'DATE', c: 'INTEGER' });
  const lean = await db.runAndReadAll(
    "SELECT count(*)::INTEGER AS n FROM trend WHERE leader LIKE '%lean' AND open_loops IS NULL",
  );
  expect(lean.getRowObjects()[0]!.n).toBe(48 * RELEASED_TREND_VERSIONS.length);
  // Version 1 files have no daily-reconcile columns (NULL there); version 2's load with their types, and a district
  // finds where discipline took protected time with no First Responder named, as the coach's triage does.
  const v1 = await db.runAndReadAll(
    "SELECT count(*)::INTEGER AS n FROM trend WHERE leader LIKE '% v1%' AND displaced_discipline_hours IS NULL AND coverage IS NULL",
  );
  expect(v1.getRowObjects()[0]!.n).toBe(all.filter((r) => r.leader.includes(' v1')).length);
  const gaps = await db.runAndReadAll(
    "SELECT typeof(coverage) AS t, round(sum(displaced_discipline_hours), 2) AS h FROM trend WHERE contains(unassigned_reasons, 'discipline') GROUP BY 1",
  );
  const expected = all
    .filter((r) => r.unassigned_reasons?.includes('discipline'))
    .reduce((s, r) => s + (r.displaced_discipline_hours ?? 0), 0);
  expect(gaps.getRowObjectsJson()).toEqual([{ t: 'DOUBLE', h: Math.round(expected * 100) / 100 }]);
  expect(expected).toBeGreaterThan(0);

  const result = await db.runAndReadAll(COHORT_MEDIAN_SQL);
  const fromDuck = result.getRowObjectsJson().map((r) => ({
    weekStart: String(r.week_start),
    leaders: Number(r.leaders),
    median: Number(r.median_walkthrough_coaching),
  }));
  const fromCoachView = cohortByWeek(all).map((w) => ({
    weekStart: w.weekStart,
    leaders: w.leaders,
    median: w.median,
  }));
  expect(fromDuck).toEqual(fromCoachView);
  expect(fromDuck.length).toBeGreaterThanOrEqual(12);
  db.closeSync();
});
