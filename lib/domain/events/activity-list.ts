/**
 * The default activities as plain data (no zod), so the content scripts can offer them in the
 * in-page picker without bundling the schema library.
 */
export const KIND_VALUES = ['instructional', 'operational', 'personal'] as const;
export type Kind = (typeof KIND_VALUES)[number];
/** How a person reads each kind, in the panel and on the page's badges. */
export const KIND_LABELS: Record<Kind, string> = {
  instructional: 'Instructional',
  operational: 'Operational',
  personal: 'Personal',
};

export interface ActivityDefinition {
  id: string;
  kind: Kind;
  label: string;
  /** Instructional sub-type: high-leverage conversations vs "seeing instruction" (Grissom, Loeb & Master 2013). */
  leverage?: 'high' | 'seeing' | 'indirect';
  /**
   * Organization management (budget, staffing) predicts better outcomes (Horng, Klasik & Loeb 2010):
   * it is operational but is never presented as time to move away from.
   */
  orgManagement?: boolean;
  /** A district activity its policy no longer lists: kept on old tags, offered no more. */
  retired?: boolean;
  /** Nearest SAM TimeTrack descriptor or Stanford shadowing code, so exports line up with research instruments. */
  research: string;
}

/** Defaults from research/domain.md §C5 (SAM descriptors, Stanford task codes). Order is display order. */
export const ACTIVITIES: readonly ActivityDefinition[] = [
  {
    id: 'walkthrough',
    kind: 'instructional',
    label: 'Walkthrough',
    leverage: 'seeing',
    research: 'SAM Walkthrough; Stanford classroom observations/walkthroughs',
  },
  {
    id: 'observation',
    kind: 'instructional',
    label: 'Observation',
    leverage: 'seeing',
    research: 'SAM Observation; Stanford formally evaluating teachers',
  },
  {
    id: 'coaching',
    kind: 'instructional',
    label: 'Coaching',
    leverage: 'high',
    research: 'SAM Teaching and Modeling / Non-Directive Feedback; Stanford informally coaching teachers',
  },
  {
    id: 'feedback',
    kind: 'instructional',
    label: 'Feedback conversation',
    leverage: 'high',
    research: 'SAM Directive, Non-Directive, Celebratory Feedback; Stanford providing instructional feedback',
  },
  {
    id: 'plc',
    kind: 'instructional',
    label: 'PLC / data team',
    leverage: 'high',
    research: 'SAM PLC / instructional meetings; Stanford using data to inform instruction',
  },
  {
    id: 'professional-learning',
    kind: 'instructional',
    label: 'Professional learning',
    leverage: 'indirect',
    research: 'SAM Professional Development; Stanford planning/facilitating PD',
  },
  {
    id: 'working-with-students',
    kind: 'instructional',
    label: 'Working with students',
    leverage: 'seeing',
    research: 'SAM Work With Students; Stanford teaching students',
  },
  {
    id: 'curriculum',
    kind: 'instructional',
    label: 'Curriculum and program',
    leverage: 'indirect',
    research: 'Stanford developing the educational program, evaluating curriculum',
  },
  { id: 'discipline', kind: 'operational', label: 'Discipline', research: 'Stanford student discipline' },
  {
    id: 'supervision',
    kind: 'operational',
    label: 'Student supervision / duty',
    research: 'Stanford supervising students (e.g. lunch duty)',
  },
  {
    id: 'family-communication',
    kind: 'operational',
    label: 'Family communication',
    research: 'Stanford internal relations: parents',
  },
  {
    id: 'staff-hr',
    kind: 'operational',
    label: 'Staff and HR',
    orgManagement: true,
    research: 'Stanford organization management: hiring, managing staff',
  },
  {
    id: 'compliance',
    kind: 'operational',
    label: 'Compliance and documentation',
    research: 'Stanford compliance, special-education requirements',
  },
  {
    id: 'budget',
    kind: 'operational',
    label: 'Budget and resources',
    orgManagement: true,
    research: 'Stanford organization management: budgets',
  },
  {
    id: 'facilities-safety',
    kind: 'operational',
    label: 'Facilities and safety',
    research: 'Stanford facilities, safe school',
  },
  {
    id: 'district-meetings',
    kind: 'operational',
    label: 'District meetings',
    research: 'Stanford organization management: district meetings',
  },
  {
    id: 'email-office',
    kind: 'operational',
    label: 'Email and office work',
    research: 'Stanford office work / email (mode)',
  },
  { id: 'community', kind: 'operational', label: 'Community and external', research: 'Stanford external relations' },
  { id: 'personal', kind: 'personal', label: 'Personal', research: 'SAM personal' },
];
