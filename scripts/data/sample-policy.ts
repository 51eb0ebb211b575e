// The deploy/ samples' district (scripts/make-deploy-samples.ts), also stored by the bench (scripts/bench-page.ts).
import type { PolicyShape } from '../../lib/domain/settings/policy';

/** A district as IT would set it up: its school day and reasons locked, the rest defaults a principal may change. */
export const SAMPLE_POLICY: PolicyShape = {
  organizationName: 'Lincoln Unified School District',
  supportContact: 'help@lincoln.k12.example',
  schoolDay: {
    start: '07:45',
    end: '15:15',
    lunchStart: '11:15',
    lunchEnd: '12:00',
    officeMinutes: 45,
    walkthroughMinutes: 30,
    feedbackMinutes: 20,
  },
  activities: [
    { id: 'ard-meeting', label: 'ARD meeting', kind: 'operational' },
    { id: 'learning-walk', label: 'District learning walk', kind: 'instructional' },
  ],
  colourKey: [
    { colour: 'Grape', activity: 'feedback' },
    { colour: 'Sage', activity: 'walkthrough' },
    { colour: 'Tomato', activity: 'discipline' },
  ],
  keywordRules: [{ keywords: ['ARD', 'admission review'], activity: 'ard-meeting', field: 'title' }],
  calendars: { ownOnly: true, exclude: ['Holidays', 'District events'] },
  nudges: { enabled: true, planDay: 'mon', planTime: '07:15', reviewDay: 'fri', reviewTime: '14:30' },
  goal: { targetShare: 0.5, stepHours: 0.5 },
  coachName: 'Ms. Ortiz',
  reconcile: {
    reasons: [
      'Student behaviour or discipline',
      'Parent or visitor walk-in',
      'Bus problems',
      'Staff absence or coverage',
      'Other',
    ],
    coverageWeeks: 2,
  },
  disabledFeatures: ['ics-import'],
  skipFirstRun: true,
  lockedSettings: ['schoolDay', 'reconcile'],
};
