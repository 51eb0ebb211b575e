import { describe, expect, test } from 'vitest';
import {
  describeDecision,
  parseTagsFile,
  TAGS_FILE_FORMAT,
  TagsFileEntrySchema,
  tagsFileEntries,
} from '../../../lib/domain/files/tags-file';
import { at, makeEvent, makeTag, tagMap } from '../../builders';

const KEPT = 'lee@lincoln.k12.us';
const on = (id: string, start: string, over = {}) =>
  makeEvent({
    sourceId: id,
    id: `google:${id}`,
    title: `Event ${id}`,
    start: at('2026-12-07', start),
    end: at('2026-12-07', start) + 1800_000,
    calendarId: KEPT,
    ...over,
  });

describe('what an assistant’s tags file holds', () => {
  test('the kept calendar’s events a person decided, oldest first; removed, duplicate and rule-tagged ones stay home', () => {
    const late = on('late', '14:00');
    const early = on('early', '09:00');
    const series = on('series', '10:00');
    const removed = on('removed', '11:00', { removedAt: 5 });
    const duplicate = on('dup', '12:00', { duplicateOf: 'google:early' });
    const ruled = on('ruled', '13:00');
    const elsewhere = on('elsewhere', '15:00', { calendarId: 'rivera@lincoln.k12.us' });
    const alsoKept = on('also', '16:00', { calendarId: 'rivera@lincoln.k12.us', alsoOn: [KEPT] });
    const tags = tagMap([
      makeTag(late.id, 'discipline'),
      makeTag(early.id, 'walkthrough', { status: 'happened' }),
      makeTag(series.id, 'coaching', { setBy: 'series' }),
      makeTag(removed.id, 'walkthrough'),
      makeTag(duplicate.id, 'walkthrough'),
      makeTag(ruled.id, 'walkthrough', { setBy: 'rule' }),
      makeTag(elsewhere.id, 'walkthrough'),
      makeTag(alsoKept.id, 'walkthrough', { status: 'displaced', displacedBy: 'discipline' }),
    ]);
    const entries = tagsFileEntries([late, early, series, removed, duplicate, ruled, elsewhere, alsoKept], tags, KEPT);
    expect(entries.map(({ entry }) => entry)).toEqual([
      {
        match: 'google-event-id',
        eventId: 'early',
        kind: 'instructional',
        activity: 'walkthrough',
        start: early.start,
        end: early.end,
        status: 'happened',
      },
      {
        match: 'google-event-id',
        eventId: 'series',
        kind: 'instructional',
        activity: 'coaching',
        start: series.start,
        end: series.end,
      },
      {
        match: 'google-event-id',
        eventId: 'late',
        kind: 'operational',
        activity: 'discipline',
        start: late.start,
        end: late.end,
      },
      {
        match: 'google-event-id',
        eventId: 'also',
        kind: 'instructional',
        activity: 'walkthrough',
        start: alsoKept.start,
        end: alsoKept.end,
        status: 'displaced',
        displacedBy: 'discipline',
      },
    ]);
  });
  test('an Outlook event travels by its start, end and title', () => {
    const outlook = makeEvent({
      id: 'outlook:x',
      source: 'outlook',
      sourceId: 'x',
      title: 'PLC',
      start: 1,
      end: 2,
      calendarId: KEPT,
    });
    expect(tagsFileEntries([outlook], tagMap([makeTag(outlook.id, 'plc')]), KEPT).map((e) => e.entry)).toEqual([
      {
        match: 'start-end-title',
        source: 'outlook',
        title: 'PLC',
        kind: 'instructional',
        activity: 'plc',
        start: 1,
        end: 2,
      },
    ]);
  });
});

test('an entry ends when or after it starts', () => {
  const entry = { match: 'google-event-id', eventId: 'e', kind: 'operational', activity: 'budget', start: 5, end: 5 };
  expect(TagsFileEntrySchema.safeParse(entry).success).toBe(true);
  const backwards = TagsFileEntrySchema.safeParse({ ...entry, end: 4 });
  expect(backwards.error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`)).toEqual([
    'end: The event ends before it starts',
  ]);
  // An activity of the school's own (not in the list) may have any kind.
  expect(TagsFileEntrySchema.safeParse({ ...entry, activity: 'bus-duty' }).success).toBe(true);
});

test('a decision in words: the status only when it is not the default', () => {
  expect(describeDecision({ kind: 'instructional', activity: 'walkthrough' })).toBe('Instructional: Walkthrough');
  expect(describeDecision({ kind: 'instructional', activity: 'walkthrough', status: 'planned' })).toBe(
    'Instructional: Walkthrough',
  );
  expect(describeDecision({ kind: 'instructional', activity: 'walkthrough', status: 'happened' })).toBe(
    'Instructional: Walkthrough (happened)',
  );
});

test('a file is named in its refusal; without a name it is “This file”; an older or unnumbered version is read by the schema', () => {
  expect(() => parseTagsFile('{')).toThrow('This file is not a tags file: it is not JSON. Nothing was changed.');
  expect(() => parseTagsFile('null', 'x.json')).toThrow(
    `x.json is not a Leadership Calendar tags file (expected "format": "${TAGS_FILE_FORMAT}"). Nothing was changed.`,
  );
  expect(() => parseTagsFile(JSON.stringify({ format: TAGS_FILE_FORMAT, version: 'two' }), 'x.json')).toThrow(
    /^x\.json could not be read, nothing was changed: /,
  );
  expect(() => parseTagsFile(JSON.stringify({ format: TAGS_FILE_FORMAT, version: 0 }), 'x.json')).toThrow(
    /^x\.json could not be read, nothing was changed: /,
  );
});
