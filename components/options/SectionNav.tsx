import { useEffect, useRef, useState } from 'react';
import { OPTION_SECTIONS, type OptionSection, sectionOf } from './sections';

/** The section the page's hash names, followed as it changes (a link, Back, Forward). */
export function useHashSection(): OptionSection {
  const [section, setSection] = useState(() => sectionOf(location.hash));
  useEffect(() => {
    const follow = () => setSection(sectionOf(location.hash));
    window.addEventListener('hashchange', follow);
    return () => window.removeEventListener('hashchange', follow);
  }, []);
  return section;
}

/**
 * The list of sections, as a browser's own settings page has it: each a link, the open one marked for screen
 * readers. After a link is followed, focus moves to the section so keyboard and screen-reader users land in it.
 */
export function SectionNav({ current }: { current: OptionSection }) {
  return (
    <nav aria-label="Settings sections" className="section-nav">
      <ul>
        {OPTION_SECTIONS.map((s) => (
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
