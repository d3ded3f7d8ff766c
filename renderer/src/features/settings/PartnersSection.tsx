/** Partners: the names and colours Hearth uses for each of you. The form comes from the vault feature. */
import { PartnersSetting } from '@renderer/features/vault';
import { Section } from '@renderer/ui/Section';

export function PartnersSection() {
  return (
    <Section title="Partners" note="Your names stay sealed inside Hearth, like everything you write.">
      <PartnersSetting />
    </Section>
  );
}
