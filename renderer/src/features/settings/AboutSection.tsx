/** About: which Hearth this is, and the promise it keeps about your words. */
import { InlineNotice } from '@renderer/ui/InlineNotice';
import { Section } from '@renderer/ui/Section';
import { platformName, useAppInfo } from './useAppInfo';
import styles from './AboutSection.module.css';

export function AboutSection() {
  const appInfo = useAppInfo();
  return (
    <Section title="About">
      {appInfo.status === 'failed' ? (
        <InlineNotice>Hearth couldn't read its version details just now. Everything else works as usual.</InlineNotice>
      ) : (
        <dl className={styles.facts} aria-busy={appInfo.status === 'loading'}>
          <div className={styles.fact}>
            <dt>App</dt>
            <dd>{appInfo.status === 'ready' ? appInfo.info.name : '…'}</dd>
          </div>
          <div className={styles.fact}>
            <dt>Version</dt>
            <dd>{appInfo.status === 'ready' ? appInfo.info.version : '…'}</dd>
          </div>
          <div className={styles.fact}>
            <dt>Running on</dt>
            <dd>{appInfo.status === 'ready' ? platformName(appInfo.info.platform) : '…'}</dd>
          </div>
        </dl>
      )}
      <p className={styles.promise}>
        Hearth has no account and never goes online. What you write stays on this computer, encrypted.
      </p>
    </Section>
  );
}
