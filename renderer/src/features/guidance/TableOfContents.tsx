/**
 * "On this page": one button per section. The address holds the route, so these are buttons that move
 * focus to the section's heading (goToSection), not #fragment links that would change the screen.
 */
import { GUIDANCE_SECTIONS, goToSection } from './guidanceSections';
import styles from './TableOfContents.module.css';

export function TableOfContents() {
  return (
    <nav className={styles.nav} aria-labelledby="guidance-contents-title">
      <p id="guidance-contents-title" className={styles.title}>
        On this page
      </p>
      <ol className={styles.list}>
        {GUIDANCE_SECTIONS.map((section) => (
          <li key={section.id}>
            <button type="button" className={styles.item} onClick={() => goToSection(section.id)}>
              {section.title}
            </button>
          </li>
        ))}
      </ol>
    </nav>
  );
}
