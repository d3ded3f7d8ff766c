/**
 * Ideas for speaking the partner's language: for their main language (and the next, or every language
 * that ties for first), what it is like, what can sting, and things to try. Until they have taken the
 * assessment, an invitation instead.
 */
import { loveLanguageById } from '@shared/content';
import type { AssessmentResult } from './assessmentResult';
import { languagesToSpeak, resultView } from './loveResult';
import styles from './PartnerIdeas.module.css';

interface PartnerIdeasProps {
  result: AssessmentResult | undefined;
  partnerName: string | undefined;
}

export function PartnerIdeas({ result, partnerName }: PartnerIdeasProps) {
  const view = result ? resultView(result.scores) : null;
  const who = partnerName ?? 'your partner';
  if (!view) {
    return (
      <p className={styles.empty}>
        {partnerName
          ? `When ${partnerName} has taken the assessment, ideas for speaking their language will gather here.`
          : 'When your partner joins Hearth and takes the assessment, ideas for speaking their language will gather here.'}{' '}
        Until then, the five languages below are a good place to start.
      </p>
    );
  }
  return (
    <div className={styles.languages}>
      {languagesToSpeak(view).map((id, index) => {
        const language = loveLanguageById(id);
        const isMain = view.main.includes(id);
        return (
          <article key={id} className={styles.language} aria-labelledby={`ideas-${id}`}>
            <p className={styles.rank}>{isMain ? (view.main.length > 1 ? 'One of the main ones' : 'Main language') : 'Next'}</p>
            <h3 id={`ideas-${id}`} className={styles.name}>
              {language.name}
            </h3>
            <p>{language.description}</p>
            <p className={styles.sting}>
              <span className={styles.label}>What can sting: </span>
              {language.whatCanHurt}
            </p>
            <h4 className={styles.tryTitle}>Things to try for {who}</h4>
            <ul className={styles.ideas}>
              {language.suggestions.slice(0, index === 0 || isMain ? undefined : 4).map((idea) => (
                <li key={idea}>{idea}</li>
              ))}
            </ul>
          </article>
        );
      })}
    </div>
  );
}
