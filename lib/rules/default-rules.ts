import type { Rule } from './rule';

type Seed = Pick<Rule, 'field' | 'keywords' | 'kind' | 'activity'> & { id: string };

/**
 * Default keyword rules from research/domain.md (SAM descriptors, Stanford task codes, §C5).
 * Order matters: the conversation after a walkthrough ("walkthrough debrief") is feedback, so the
 * high-leverage conversations come before the classroom visits; personal matches come last so a
 * "working lunch with the PLC" stays a PLC.
 */
const SEEDS: Seed[] = [
  {
    id: 'default-feedback',
    field: 'title',
    kind: 'instructional',
    activity: 'feedback',
    keywords: [
      'feedback',
      'debrief',
      'post-observation',
      'post observation',
      'post-ob',
      'post-conference',
      'post conference',
      'celebration',
    ],
  },
  {
    id: 'default-coaching',
    field: 'title',
    kind: 'instructional',
    activity: 'coaching',
    keywords: [
      'coaching',
      'coach',
      'co-teach',
      'co-teaching',
      'modeling',
      'model lesson',
      'instructional conversation',
    ],
  },
  {
    id: 'default-plc',
    field: 'title',
    kind: 'instructional',
    activity: 'plc',
    keywords: [
      'PLC',
      'data team',
      'data meeting',
      'data dive',
      'grade level meeting',
      'grade-level meeting',
      'department meeting',
      'team planning',
    ],
  },
  {
    id: 'default-walkthrough',
    field: 'title',
    kind: 'instructional',
    activity: 'walkthrough',
    keywords: [
      'walkthrough',
      'walkthroughs',
      'walk-through',
      'walk through',
      'learning walk',
      'classroom visit',
      'classroom visits',
      'instructional rounds',
    ],
  },
  {
    id: 'default-observation',
    field: 'title',
    kind: 'instructional',
    activity: 'observation',
    keywords: ['observation', 'observe', 'formal obs', 'pre-observation', 'pre-conference', 'teacher evaluation'],
  },
  {
    id: 'default-professional-learning',
    field: 'title',
    kind: 'instructional',
    activity: 'professional-learning',
    keywords: ['PD', 'professional development', 'professional learning', 'training', 'workshop'],
  },
  {
    id: 'default-working-with-students',
    field: 'title',
    kind: 'instructional',
    activity: 'working-with-students',
    keywords: ['tutoring', 'small group', 'reading group', 'lunch bunch', 'student council', 'intervention group'],
  },
  {
    id: 'default-curriculum',
    field: 'title',
    kind: 'instructional',
    activity: 'curriculum',
    keywords: [
      'curriculum',
      'unit planning',
      'scope and sequence',
      'master schedule',
      'program review',
      'assessment review',
    ],
  },
  {
    id: 'default-discipline',
    field: 'title',
    kind: 'operational',
    activity: 'discipline',
    keywords: ['discipline', 'behavior', 'behaviour', 'referral', 'suspension', 'detention', 'restorative', 'incident'],
  },
  {
    id: 'default-supervision',
    field: 'title',
    kind: 'operational',
    activity: 'supervision',
    keywords: [
      'duty',
      'bus duty',
      'lunch duty',
      'recess duty',
      'hall duty',
      'arrival',
      'dismissal',
      'supervision',
      'cafeteria',
    ],
  },
  {
    id: 'default-family',
    field: 'title',
    kind: 'operational',
    activity: 'family-communication',
    keywords: ['parent', 'parents', 'family', 'families', 'guardian', 'newsletter', 'parent call', 'family call'],
  },
  {
    id: 'default-compliance',
    field: 'title',
    kind: 'operational',
    activity: 'compliance',
    keywords: [
      'IEP',
      '504',
      'compliance',
      'paperwork',
      'documentation',
      'audit',
      'state report',
      'testing coordination',
    ],
  },
  {
    id: 'default-staff',
    field: 'title',
    kind: 'operational',
    activity: 'staff-hr',
    keywords: ['interview', 'hiring', 'HR', 'personnel', 'staffing', 'staff meeting', 'onboarding'],
  },
  {
    id: 'default-budget',
    field: 'title',
    kind: 'operational',
    activity: 'budget',
    keywords: ['budget', 'purchase', 'purchasing', 'finance', 'grant', 'funding'],
  },
  {
    id: 'default-facilities',
    field: 'title',
    kind: 'operational',
    activity: 'facilities-safety',
    keywords: ['fire drill', 'drill', 'lockdown', 'facilities', 'maintenance', 'safety', 'custodial', 'custodian'],
  },
  {
    id: 'default-district',
    field: 'title',
    kind: 'operational',
    activity: 'district-meetings',
    keywords: ['district', 'central office', 'superintendent', 'principals meeting', "principals' meeting", 'cabinet'],
  },
  {
    id: 'default-email',
    field: 'title',
    kind: 'operational',
    activity: 'email-office',
    keywords: ['email', 'e-mail', 'inbox', 'office time', 'admin time', 'office hours'],
  },
  {
    id: 'default-community',
    field: 'title',
    kind: 'operational',
    activity: 'community',
    keywords: ['community', 'PTA', 'PTO', 'booster', 'partner', 'partnership', 'fundraiser', 'board meeting'],
  },
  {
    id: 'default-personal',
    field: 'title',
    kind: 'personal',
    activity: 'personal',
    keywords: ['lunch', 'doctor', 'dentist', 'gym', 'personal', 'appointment', 'vacation', 'OOO', 'out of office'],
  },
];

export const DEFAULT_RULES: readonly Rule[] = SEEDS.map((seed, order) => ({
  ...seed,
  order,
  enabled: true,
  builtIn: true,
}));

/** Fresh, mutable copies of the built-in rules (the constant itself is never handed to the store). */
export const defaultRules = (): Rule[] => DEFAULT_RULES.map((r) => ({ ...r, keywords: [...r.keywords] }));
