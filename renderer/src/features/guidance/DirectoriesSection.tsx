/**
 * Well-known places to find a counsellor, by region, each with a button that offers to open its site.
 * The note beside the list says what will happen: Hearth asks first, and only the browser goes online.
 */
import { HELP_DIRECTORIES } from '@shared/content';
import { ExternalLinkButton } from './ExternalLinkButton';
import { groupByRegion } from './externalLinks';
import { GuidanceSection } from './GuidanceSection';
import styles from './prose.module.css';

export function DirectoriesSection() {
  return (
    <GuidanceSection
      id="guidance-where-to-find-help"
      intro="A few well-known organisations and directories. They are independent of Hearth; choose whatever suits you and where you live."
    >
      <p className={styles.aside}>
        Hearth never goes online itself. When you choose a link, Hearth first asks whether to open it in your web
        browser, and only the browser loads the page.
      </p>
      {groupByRegion(HELP_DIRECTORIES).map((group) => (
        <div key={group.region} className={styles.stack}>
          <h3 className={styles.subheading}>{group.region}</h3>
          <ul className={styles.items}>
            {group.directories.map((directory) => (
              <li key={directory.id} className={styles.item}>
                <h4 className={styles.itemTitle}>{directory.name}</h4>
                <p>{directory.description}</p>
                <ExternalLinkButton url={directory.url} name={directory.name} />
              </li>
            ))}
          </ul>
        </div>
      ))}
    </GuidanceSection>
  );
}
