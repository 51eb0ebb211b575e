interface Props {
  unreadable?: boolean;
}

/** Teaches what to do instead of showing zeros. */
export function EmptyWeek({ unreadable }: Props) {
  if (unreadable) {
    return (
      <section className="card notice" role="status">
        <h2>We could not read this calendar view</h2>
        <p>
          The calendar page showed events, but Leadership Calendar could not read any of them, so nothing was recorded
          for this week. Try the Day or Week view; your history is unchanged.
        </p>
      </section>
    );
  }
  return (
    <section className="card" aria-labelledby="empty-heading">
      <h2 id="empty-heading">No calendar events for this week yet</h2>
      <p>
        Open your Google or Outlook calendar in this window and show this week. Leadership Calendar reads the events on
        screen, suggests tags, and keeps everything on this computer.
      </p>
    </section>
  );
}
