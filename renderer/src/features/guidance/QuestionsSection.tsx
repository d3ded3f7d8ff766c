/**
 * The common questions as a disclosure list (react-aria): each question is a button inside an h3 that
 * opens its answer; several can be open at once. Closed answers stay findable with the browser's search.
 */
import { Button, Disclosure, DisclosureGroup, DisclosurePanel, Heading } from 'react-aria-components';
import { COMMON_QUESTIONS } from '@shared/content';
import { GuidanceSection } from './GuidanceSection';
import styles from './QuestionsSection.module.css';

export function QuestionsSection() {
  return (
    <GuidanceSection id="guidance-questions">
      <DisclosureGroup className={styles.group} allowsMultipleExpanded>
        {COMMON_QUESTIONS.map((item) => (
          <Disclosure key={item.id} id={item.id} className={styles.disclosure}>
            <Heading level={3} className={styles.heading}>
              <Button slot="trigger" className={styles.trigger}>
                <span className={styles.chevron} aria-hidden="true" />
                {item.question}
              </Button>
            </Heading>
            <DisclosurePanel className={styles.panel}>
              <p>{item.answer}</p>
            </DisclosurePanel>
          </Disclosure>
        ))}
      </DisclosureGroup>
    </GuidanceSection>
  );
}
