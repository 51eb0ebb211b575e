import { OWN_MARKER } from './style';

/** The visible, non-blocking "can't read this view" notice: shown, changed or removed. */
export function createNotice(doc: Document) {
  let notice: HTMLElement | null = null;
  return (text: string | null) => {
    if (!text) {
      notice?.remove();
      notice = null;
      return;
    }
    if (!notice) {
      notice = doc.createElement('div');
      notice.setAttribute(OWN_MARKER, 'notice');
      notice.className = 'lc-notice';
      notice.setAttribute('role', 'status');
      doc.body.append(notice);
    }
    notice.textContent = text;
  };
}
