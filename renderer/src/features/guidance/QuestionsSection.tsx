/** The common questions as a disclosure list: each question opens its answer; several can be open at once. */
import { COMMON_QUESTIONS } from '@shared/content';
import { DisclosureList } from '@renderer/ui/Disclosure';
import { GuidanceSection } from './GuidanceSection';

export function QuestionsSection() {
  return (
    <GuidanceSection id="guidance-questions">
      <DisclosureList items={COMMON_QUESTIONS.map((item) => ({ id: item.id, title: item.question, content: <p>{item.answer}</p> }))} />
    </GuidanceSection>
  );
}
