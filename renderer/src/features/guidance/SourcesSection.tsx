/** The sources the guide cites, as the guide lists them (no addresses: it gives none, and we invent none). */
import { REFERENCES, REFERENCES_NOTE } from '@shared/content';
import { GuidanceSection } from './GuidanceSection';
import styles from './prose.module.css';

export function SourcesSection() {
  return (
    <GuidanceSection id="guidance-sources" intro={REFERENCES_NOTE}>
      <ul className={styles.items}>
        {REFERENCES.map((reference) => (
          <li key={reference.id} className={styles.item}>
            <p>
              {reference.author} ({reference.year}). <cite>{reference.title}</cite>. {reference.publisher}.
            </p>
            <p className={styles.muted}>{reference.citedFor}</p>
          </li>
        ))}
      </ul>
    </GuidanceSection>
  );
}
