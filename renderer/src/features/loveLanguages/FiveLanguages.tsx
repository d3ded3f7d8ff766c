/** Where the idea comes from, and the five languages in a sentence each. */
import { LOVE_LANGUAGES, LOVE_LANGUAGES_ABOUT } from '@shared/content';
import styles from './FiveLanguages.module.css';

export function FiveLanguages() {
  return (
    <div className={styles.wrapper}>
      <p>{LOVE_LANGUAGES_ABOUT}</p>
      <dl className={styles.list}>
        {LOVE_LANGUAGES.map((language) => (
          <div key={language.id} className={styles.item}>
            <dt className={styles.name}>{language.name}</dt>
            <dd className={styles.description}>{language.description}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
