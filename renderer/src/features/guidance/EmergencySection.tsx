/** The short, calm note on what to do if someone is in danger, with each region's line and a link to its site. */
import { EMERGENCY_NOTE } from '@shared/content';
import { ExternalLinkButton } from './ExternalLinkButton';
import { GuidanceSection } from './GuidanceSection';
import styles from './prose.module.css';

export function EmergencySection() {
  return (
    <GuidanceSection id="guidance-emergency" intro={EMERGENCY_NOTE.body} isTinted>
      <ul className={styles.items}>
        {EMERGENCY_NOTE.contacts.map((contact) => (
          <li key={contact.region} className={styles.item}>
            <h3 className={styles.itemTitle}>{contact.region}</h3>
            <p>{contact.text}</p>
            {contact.url ? <ExternalLinkButton url={contact.url} name={`help line, ${contact.region}`} /> : null}
          </li>
        ))}
      </ul>
    </GuidanceSection>
  );
}
