/** The first pages of a printed export: the cover (both names, the range) and the contents. Static markup only. */
import type { ReactNode } from 'react';

interface CoverProps {
  kicker: string;
  title: string;
  rangeText: string;
  madeOn: string;
}

export function Cover({ kicker, title, rangeText, madeOn }: CoverProps) {
  return (
    <section className="cover">
      <p className="brand">{kicker}</p>
      <h1 dir="auto">{title}</h1>
      <p className="range">{rangeText}</p>
      <p className="made">Made with Hearth on {madeOn}. Private: keep it somewhere only the two of you can reach.</p>
    </section>
  );
}

export interface ContentsLine {
  title: string;
  detail: string;
}

export function Contents({ lines, note }: { lines: readonly ContentsLine[]; note?: ReactNode }) {
  return (
    <section className="contents">
      <h2>Contents</h2>
      <ol>
        {lines.map((line) => (
          <li key={line.title}>
            {line.title} <span className="count">— {line.detail}</span>
          </li>
        ))}
      </ol>
      {note ? <p className="note">{note}</p> : null}
    </section>
  );
}
