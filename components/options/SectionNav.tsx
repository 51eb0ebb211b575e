import { useEffect, useRef, useState } from 'react';
import type { Feature } from '../../lib/domain/settings/policy';
import { type OptionSection, sectionOf, sectionsShown } from './sections';

/** The section the page's hash names, followed as it changes (a link, Back, Forward). */
export function useHashSection(disabled: readonly Feature[] = []): OptionSection {
  const [hash, setHash] = useState(() => location.hash);
  useEffect(() => {
    const follow = () => setHash(location.hash);
    window.addEventListener('hashchange', follow);
    return () => window.removeEventListener('hashchange', follow);
  }, []);
  return sectionOf(hash, disabled);
}

/**
 * The list of sections, as a browser's own settings page has it: each a link, the open one marked for screen
 * readers. After a link is followed, focus moves to the section so keyboard and screen-reader users land in it.
 */
export function SectionNav({ current, disabled = [] }: { current: OptionSection; disabled?: readonly Feature[] }) {
  return (
    <nav aria-label="Settings sections" className="section-nav">
      <ul>
        {sectionsShown(disabled).map((s) => (
          <li key={s.id}>
            <a href={`#${s.id}`} aria-current={s.id === current ? 'page' : undefined}>
              {s.label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** The open section's frame: focused when the reader moves to it from the navigation (not on the first load). */
export function SectionFrame({ section, children }: { section: OptionSection; children: React.ReactNode }) {
  const frame = useRef<HTMLDivElement>(null);
  const shown = useRef(section);
  useEffect(() => {
    if (shown.current === section) return;
    shown.current = section;
    frame.current?.focus();
  }, [section]);
  return (
    <div ref={frame} tabIndex={-1} id={section} className="section-frame" data-section={section}>
      {children}
    </div>
  );
}
