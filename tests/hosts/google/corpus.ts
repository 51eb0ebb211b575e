import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ENGLISH_MONTHS } from '../../fixtures/calendar-pages';

/** The real Google Calendar label corpus, carried in the repository (18 events × 73 languages × 24 h / 12 h). */
export const CORPUS_DIR = join(__dirname, '../../fixtures/google-calendar-labels');

export interface CorpusCase {
  lang: string;
  format: '24h' | '12h';
  label: string;
  summary: string;
  expected: { startMinutes: number; endMinutes: number; startDate?: string; endDate?: string };
}

const isoOf = (us: string) => {
  const m = /^(\w+) (\d+), (\d{4})$/.exec(us)!;
  return `${m[3]}-${String(ENGLISH_MONTHS.indexOf(m[1]!) + 1).padStart(2, '0')}-${m[2]!.padStart(2, '0')}`;
};

export function loadCorpus(): { langs: string[]; cases: CorpusCase[] } {
  const langs = (JSON.parse(readFileSync(join(CORPUS_DIR, 'languages.json'), 'utf8')) as string[]).map(
    (u) => /matasync\.([^.]+)\./.exec(u)![1]!,
  );
  const lines = readFileSync(join(CORPUS_DIR, 'scrapped.txt'), 'utf8').split('\n');
  const cases: CorpusCase[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (!lines[i]!.startsWith('{')) continue;
    const meta = JSON.parse(lines[i]!) as {
      summary: string;
      startTime: number;
      endTime: number;
      touchesTop: boolean;
      touchesBottom: boolean;
    };
    const rows = lines.slice(i + 1, i + 1 + langs.length * 4);
    const en = rows[langs.indexOf('en') * 4]!;
    let expected: CorpusCase['expected'] = {
      startMinutes: Math.round(meta.startTime * 60),
      endMinutes: Math.round(meta.endTime * 60),
    };
    if (meta.touchesTop || meta.touchesBottom) {
      const m = /^(\w+ \d+, \d{4}) at (\d\d):(\d\d) to (\w+ \d+, \d{4}) at (\d\d):(\d\d)/.exec(en)!;
      expected = {
        startMinutes: Number(m[2]) * 60 + Number(m[3]),
        endMinutes: Number(m[5]) * 60 + Number(m[6]),
        startDate: isoOf(m[1]!),
        endDate: isoOf(m[4]!),
      };
    }
    langs.forEach((lang, li) => {
      cases.push({ lang, format: '24h', label: rows[li * 4]!, summary: meta.summary, expected });
      cases.push({ lang, format: '12h', label: rows[li * 4 + 2]!, summary: meta.summary, expected });
    });
    i += langs.length * 4;
  }
  return { langs, cases };
}
