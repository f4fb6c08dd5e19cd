/** One block of the dashboard: a titled region with a short note on what is counted. */
import type { ReactNode } from 'react';

export function FigureSection({ id, title, note, children }: { id: string; title: string; note?: string; children: ReactNode }) {
  return (
    <section className="figure-section" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {note ? <p className="muted figure-section__note">{note}</p> : null}
      {children}
    </section>
  );
}
