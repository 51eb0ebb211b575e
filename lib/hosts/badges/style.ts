import { KIND_LABELS, type Kind } from '../../domain/events/activity-list';

/** Marker attribute on everything the extension adds to a calendar page (so it can be found and removed). */
export const OWN_MARKER = 'data-leadership-calendar';

/** The kind's initial as the badge text (I, O, P), from the domain's kind names. */
export const letterOf = (kind: Kind | 'untagged') => (kind === 'untagged' ? '?' : KIND_LABELS[kind].charAt(0));
export const KIND_COLOR: Record<Kind | 'untagged', string> = {
  instructional: '#1b5e20',
  operational: '#0d47a1',
  personal: '#4a148c',
  untagged: '#3c4043',
};

/** Every style the badges, the picker and the notice need, scoped by the marker attribute. */
export const CSS = `
[${OWN_MARKER}].lc-badge{float:right;position:relative;margin:1px;width:18px;height:18px;padding:0;border:1px solid #fff;\
border-radius:9px;font:600 11px/16px system-ui,sans-serif;text-align:center;color:#fff;cursor:pointer;box-sizing:border-box;contain:size layout style}
${(Object.keys(KIND_COLOR) as (Kind | 'untagged')[])
  .map((kind) => `[${OWN_MARKER}].lc-badge[data-kind="${kind}"]{background:${KIND_COLOR[kind]}}`)
  .join('\n')}
[${OWN_MARKER}].lc-badge.lc-beside{float:none;position:absolute;margin:1px 0 0 -22px}
[${OWN_MARKER}].lc-badge:focus-visible{outline:3px solid #ffbf47;outline-offset:1px}
[${OWN_MARKER}].lc-picker{position:fixed;z-index:2147483647;background:#fff;color:#1b1f24;border:1px solid #5f6368;border-radius:8px;padding:8px;\
box-shadow:0 4px 16px rgba(0,0,0,.25);font:13px/1.4 system-ui,sans-serif;width:220px}
[${OWN_MARKER}].lc-picker button{display:block;width:100%;text-align:left;margin:2px 0;padding:4px 6px;border:1px solid #5f6368;border-radius:4px;\
background:#fff;color:#1b1f24;font:inherit;cursor:pointer}
[${OWN_MARKER}].lc-picker button[aria-pressed="true"]{background:#1f4e79;color:#fff}
[${OWN_MARKER}].lc-picker select{width:100%;margin-top:4px;font:inherit}
[${OWN_MARKER}].lc-notice{position:fixed;bottom:16px;left:16px;z-index:2147483646;max-width:360px;background:#fff8f0;color:#1b1f24;\
border:2px solid #b35900;border-radius:8px;padding:10px 12px;font:13px/1.4 system-ui,sans-serif}
`;
