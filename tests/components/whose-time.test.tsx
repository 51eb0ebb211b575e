import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, test, vi } from 'vitest';
import { AssistantTagsCard, importSentence } from '../../components/panel/AssistantTagsCard';
import { CalendarChooser, type CalendarRow } from '../../components/common/CalendarChooser';
import { ColourKeyCard } from '../../components/options/ColourKeyCard';
import { SendTagsCard } from '../../components/options/SendTagsCard';
import { TaggingQueue, type TaggingActions } from '../../components/tagging/TaggingQueue';
import { WeekGlance } from '../../components/panel/WeekGlance';
import { calendarGroupOf, calendarsOnScreen, scopeFor } from '../../lib/domain/events/calendars';
import { applyBaseline, measureWeek } from '../../lib/domain/measure/summary';
import type { AssistantImport } from '../../lib/store/assistant-tags-repo';
import { at, makeEvent } from '../builders';

const LEE = 'lee@lincoln.k12.us';
const RIVERA = 'rivera@lincoln.k12.us';
const SCHOOL = 'c_1@group.calendar.google.com';
const rows: CalendarRow[] = [
  { id: LEE, name: 'Dr. Lee', detail: '9 events this week', mine: true, account: true, keptFor: null },
  { id: RIVERA, name: 'Ms. Rivera', detail: '4 events this week', mine: false, account: false, keptFor: null },
  { id: SCHOOL, name: 'Lincoln events', detail: '2 events this week', mine: false, account: false, keptFor: null },
];

describe('Your calendars', () => {
  test('the leader ticks their calendars and saves: only ticked ones are theirs', async () => {
    const onSave = vi.fn(async () => {});
    render(<CalendarChooser calendars={rows} choice={{ mine: null, keptFor: [] }} onSave={onSave} />);
    expect(
      (
        screen.getByRole('checkbox', {
          name: /Dr\. Lee \(your Google account\) — 9 events this week/,
        }) as HTMLInputElement
      ).checked,
    ).toBe(true);
    await userEvent.click(screen.getByRole('checkbox', { name: /Ms\. Rivera/ }));
    await userEvent.click(screen.getByRole('button', { name: 'Save my calendars' }));
    expect(onSave).toHaveBeenCalledWith({ mine: [LEE, RIVERA], keptFor: [], unmatched: {} });
    expect(screen.getByRole('status').textContent).toMatch(/^Saved\. Every number now counts only your calendars/);
  });

  test('a person’s calendar can be kept for them; a group calendar cannot; a kept calendar is never one’s own', async () => {
    const onSave = vi.fn(async () => {});
    render(<CalendarChooser calendars={rows} choice={{ mine: null, keptFor: [] }} onSave={onSave} />);
    const items = screen.getAllByRole('listitem');
    expect(within(items[2]!).queryByLabelText('I keep this calendar for')).toBeNull();
    await userEvent.type(within(items[1]!).getByLabelText('I keep this calendar for'), 'Ms. Rivera');
    expect((within(items[1]!).getByRole('checkbox') as HTMLInputElement).disabled).toBe(true);
    await userEvent.click(screen.getByRole('button', { name: 'Save my calendars' }));
    expect(onSave).toHaveBeenCalledWith({
      mine: [LEE],
      keptFor: [{ calendarId: RIVERA, name: 'Ms. Rivera' }],
      unmatched: {},
    });
  });

  test('no calendar ticked is refused with a sentence, and nothing is saved', async () => {
    const onSave = vi.fn(async () => {});
    render(<CalendarChooser calendars={rows} choice={{ mine: null, keptFor: [] }} onSave={onSave} />);
    await userEvent.click(screen.getByRole('checkbox', { name: /Dr\. Lee/ }));
    await userEvent.click(screen.getByRole('button', { name: 'Save my calendars' }));
    expect(onSave).not.toHaveBeenCalled();
    expect(screen.getByRole('status').textContent).toBe('Choose at least one calendar that is yours.');
  });

  test('choices about calendars not listed here (another week’s) are kept', async () => {
    const onSave = vi.fn(async () => {});
    const choice = { mine: [LEE, 'old@x.org'], keptFor: [{ calendarId: 'boss@x.org', name: 'Boss' }] };
    render(<CalendarChooser calendars={rows} choice={choice} onSave={onSave} />);
    await userEvent.click(screen.getByRole('button', { name: 'Save my calendars' }));
    expect(onSave).toHaveBeenCalledWith({
      mine: ['old@x.org', LEE],
      keptFor: [{ calendarId: 'boss@x.org', name: 'Boss' }],
      unmatched: {},
    });
  });

  test('Outlook’s calendars not known are answered by colour: ticked counts them; unticked ones stay as they were', async () => {
    const onSave = vi.fn(async () => {});
    const [orange, green, blue] = ['#ff8c00', '#00ff00', '#0000ff'].map((c) => `outlook-unmatched:${c}`) as [
      string,
      string,
      string,
    ];
    const unmatchedRows = [
      {
        id: 'outlook:calendar',
        name: 'Calendar',
        detail: '12 events this week',
        mine: true,
        account: false,
        keptFor: null,
      },
      ...(
        [
          [orange, '#ff8c00', false],
          [green, '#00ff00', true],
          [blue, '#0000ff', false],
        ] as const
      ).map(([id, colour, mine]) => ({
        id,
        name: `Calendar not known (colour ${colour})`,
        detail: '1 event this week',
        mine,
        account: false,
        keptFor: null,
      })),
    ];
    const choice = { mine: null, keptFor: [], unmatched: { [green]: true } };
    render(<CalendarChooser calendars={unmatchedRows} choice={choice} onSave={onSave} />);
    // A calendar not known is nobody's to keep.
    expect(screen.queryByLabelText('I keep this calendar for')).toBeNull();
    await userEvent.click(screen.getByRole('checkbox', { name: /colour #ff8c00/ }));
    await userEvent.click(screen.getByRole('checkbox', { name: /colour #00ff00/ }));
    await userEvent.click(screen.getByRole('button', { name: 'Save my calendars' }));
    // Orange ticked: counted. Green unticked after a "yes": now "no". Blue never answered: left for the glance.
    expect(onSave).toHaveBeenCalledWith({
      mine: ['outlook:calendar'],
      keptFor: [],
      unmatched: { [green]: false, [orange]: true },
    });
  });
});

describe('the glance and the tagging list say whose time it is', () => {
  const mine = makeEvent({
    title: 'Walkthrough',
    start: at('2026-11-16', '09:00'),
    end: at('2026-11-16', '10:00'),
    calendarId: LEE,
  });
  const hers = makeEvent({
    title: 'Observation',
    start: at('2026-11-17', '09:00'),
    end: at('2026-11-17', '11:00'),
    calendarId: RIVERA,
  });
  const school = makeEvent({
    title: 'Concert',
    start: at('2026-11-18', '18:00'),
    end: at('2026-11-18', '20:00'),
    calendarId: SCHOOL,
  });
  const events = [mine, hers, school];
  const scope = scopeFor({ mine: null, keptFor: [{ calendarId: RIVERA, name: 'Ms. Rivera' }] }, { email: LEE }, [LEE]);

  test('the counting line and the not-counted calendars by name', async () => {
    const m = measureWeek({
      weekKey: '2026-11-16',
      events,
      tags: new Map(),
      reclaimed: [],
      now: at('2026-11-30'),
      scope,
    });
    const onChoose = vi.fn();
    render(
      <WeekGlance
        summary={applyBaseline(m, { hours: null, source: 'none', weeks: [] })}
        counting={{ sentence: 'Counting only your own calendar (Dr. Lee).', onChoose }}
        otherCalendarNames={['Lincoln events', 'Ms. Rivera']}
      />,
    );
    expect(screen.getByTestId('worked-hours').textContent).toBe('1 h');
    expect(screen.getByTestId('exclusions').textContent).toBe(
      'Not counted: 2 events on 2 other calendars (Lincoln events and Ms. Rivera). Untagged: 1 event (1 h).',
    );
    await userEvent.click(screen.getByRole('button', { name: 'Choose your calendars' }));
    expect(onChoose).toHaveBeenCalledOnce();
  });

  test('the tagging list heads events by calendar: yours, the kept one, then the others', () => {
    const onScreen = calendarsOnScreen(
      events,
      new Map(),
      scope,
      { mine: null, keptFor: [{ calendarId: RIVERA, name: 'Ms. Rivera' }] },
      {
        email: LEE,
        name: 'Dr. Lee',
      },
    );
    const actions = {
      tag: vi.fn(),
      tagSeries: vi.fn(),
      alwaysTagLikeThis: vi.fn(),
      setStatus: vi.fn(),
      acceptSuggestions: vi.fn(),
    };
    render(
      <TaggingQueue
        events={events}
        tags={new Map()}
        now={at('2026-11-30')}
        actions={actions as unknown as TaggingActions}
        groupOf={(e) => calendarGroupOf(e, scope, onScreen)}
        groupNote={(g) => (g.keptFor ? <p>send to {g.keptFor}</p> : null)}
      />,
    );
    expect(screen.getAllByTestId('calendar-group').map((h) => h.textContent)).toEqual([
      'Your calendars',
      'rivera@lincoln.k12.us — you keep it for Ms. Rivera',
      'c_1@group.calendar.google.com — not counted',
    ]);
    expect(screen.getByText('send to Ms. Rivera')).toBeTruthy();
    // Keyboard order follows the headings.
    expect(screen.getAllByTestId('queue-row').map((r) => r.getAttribute('aria-label')?.split(',')[0])).toEqual([
      'Walkthrough',
      'Observation',
      'Concert',
    ]);
  });

  test('one calendar on screen: no calendar headings', () => {
    const actions = {
      tag: vi.fn(),
      tagSeries: vi.fn(),
      alwaysTagLikeThis: vi.fn(),
      setStatus: vi.fn(),
      acceptSuggestions: vi.fn(),
    };
    render(
      <TaggingQueue
        events={[mine]}
        tags={new Map()}
        now={at('2026-11-30')}
        actions={actions as unknown as TaggingActions}
        groupOf={(e) => calendarGroupOf(e, scope, [])}
      />,
    );
    expect(screen.queryAllByTestId('calendar-group')).toEqual([]);
  });
});

describe('tags from the assistant', () => {
  const result: AssistantImport = {
    from: 'Ms. Rivera',
    matched: 3,
    applied: 1,
    unchanged: 1,
    unmatched: 2,
    questions: 0,
    conflicts: [
      {
        eventId: 'google:b',
        title: 'Budget review',
        start: at('2026-11-16', '13:00'),
        yours: { kind: 'operational', activity: 'district-meetings' },
        theirs: { kind: 'operational', activity: 'budget' },
      },
    ],
  };
  test('the import says what it did, lists each conflict, and "use theirs" is one click', async () => {
    const actions = { importAssistantTags: vi.fn(async () => result), acceptAssistantTag: vi.fn(async () => {}) };
    render(<AssistantTagsCard actions={actions} />);
    await userEvent.upload(
      screen.getByLabelText('Tags file'),
      new File(['{}'], 'tags.json', { type: 'application/json' }),
    );
    expect(await screen.findByText(/^5 tags from Ms\. Rivera: 1 tag applied, 1 already here, 1 conflict/)).toBeTruthy();
    const conflict = screen.getByTestId('assistant-conflicts');
    expect(conflict.textContent).toMatch(/Yours: Operational: District meetings\. Ms\. Rivera: Operational: Budget/);
    await userEvent.click(within(conflict).getByRole('button', { name: "Use Ms. Rivera's tag" }));
    expect(actions.acceptAssistantTag).toHaveBeenCalledWith(result.conflicts[0], 'Ms. Rivera');
    expect(await within(conflict).findByText("Now Ms. Rivera's tag.")).toBeTruthy();
  });
  test('a refused file shows its sentence and no results', async () => {
    const actions = {
      importAssistantTags: vi.fn(async () => {
        throw new Error('tags.json is not a Leadership Calendar tags file. Nothing was changed.');
      }),
      acceptAssistantTag: vi.fn(),
    };
    render(<AssistantTagsCard actions={actions} />);
    await userEvent.upload(screen.getByLabelText('Tags file'), new File(['x'], 'tags.json'));
    expect((await screen.findByRole('status')).textContent).toBe(
      'tags.json is not a Leadership Calendar tags file. Nothing was changed.',
    );
    expect(screen.queryByTestId('assistant-conflicts')).toBeNull();
  });
  test('the sentence leaves out what did not happen', () => {
    expect(importSentence({ ...result, unchanged: 0, unmatched: 0, conflicts: [], applied: 3 })).toBe(
      '3 tags from Ms. Rivera: 3 tags applied.',
    );
  });
});

test('send tags: a preview first, the download only after it', async () => {
  const preview = vi.fn(async () => [
    {
      key: 'google:w',
      start: at('2026-11-16', '09:00'),
      title: 'Walkthrough',
      namedBy: 'event id',
      kind: 'instructional' as const,
      activity: 'walkthrough',
      status: 'happened' as const,
    },
  ]);
  const download = vi.fn(async () => 1);
  render(
    <SendTagsCard
      calendar={{ calendarId: LEE, name: 'Dr. Lee' }}
      defaultSender="Ms. Rivera"
      defaultFrom="2026-11-16"
      defaultTo="2026-11-16"
      actions={{ preview, download }}
    />,
  );
  expect(screen.queryByRole('button', { name: 'Download tags file' })).toBeNull();
  await userEvent.click(screen.getByRole('button', { name: 'Preview what will be sent' }));
  const table = await screen.findByTestId('send-tags-preview');
  expect(table.textContent).toMatch(/Walkthrough.*event id.*Instructional: Walkthrough \(happened\)/);
  await userEvent.click(screen.getByRole('button', { name: 'Download tags file' }));
  expect(download).toHaveBeenCalledWith({ calendarId: LEE, name: 'Dr. Lee' }, 'Ms. Rivera', '2026-11-16', '2026-11-16');
  expect(screen.getByRole('status').textContent).toMatch(/^Tags file for Dr\. Lee downloaded \(1 tag\)/);
});

test('the colour key: each of the eleven colours can mean an activity, or nothing', async () => {
  const onChange = vi.fn(async () => {});
  render(<ColourKeyCard colourKey={new Map([['grape', 'feedback']])} onChange={onChange} />);
  expect(screen.getAllByRole('combobox')).toHaveLength(11);
  expect((screen.getByLabelText('Grape') as HTMLSelectElement).value).toBe('feedback');
  await userEvent.selectOptions(screen.getByLabelText('Basil'), 'walkthrough');
  expect(onChange).toHaveBeenCalledWith('basil', 'walkthrough', 'Basil');
  await userEvent.selectOptions(screen.getByLabelText('Grape'), '');
  expect(onChange).toHaveBeenCalledWith('grape', null, 'Grape');
  expect(screen.getByRole('status').textContent).toBe('Grape no longer means anything.');
});

test('the colour key offers the colours seen lately, and says which of its colours are no longer seen', async () => {
  const onChange = vi.fn(async () => {});
  render(
    <ColourKeyCard
      colourKey={new Map([['custom:ard', 'discipline']])}
      labels={new Map([['custom:ard', 'ARD']])}
      seen={[
        { id: 'custom:team meetings', label: 'Team Meetings', hex: '#6e72c3', events: 4 },
        { id: 'hex:#ff8c00', label: 'Outlook colour #ff8c00', hex: '#ff8c00', events: 1 },
      ]}
      onChange={onChange}
    />,
  );
  expect(screen.getAllByRole('combobox')).toHaveLength(14);
  expect(screen.getByTestId('colours-seen').textContent).toMatch(
    /Team Meetings.*4 events lately.*#ff8c00.*1 event lately/,
  );
  await userEvent.selectOptions(screen.getByLabelText('Team Meetings'), 'coaching');
  expect(onChange).toHaveBeenCalledWith('custom:team meetings', 'coaching', 'Team Meetings');
  // "ARD" was given a meaning, then renamed on the calendar: its rule matches nothing now, and the card says so.
  expect(screen.getByTestId('colours-stale').textContent).toMatch(
    /^This colour has not been seen on your calendars lately/,
  );
  expect((screen.getByLabelText('ARD') as HTMLSelectElement).value).toBe('discipline');
});
