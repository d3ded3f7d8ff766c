/**
 * Keeps react-aria from injecting a <style> element, which the app's Content-Security-Policy
 * (`style-src 'self'`) refuses, logging a violation each time.
 *
 * react-aria's usePress adds one <style id="react-aria-pressable-style"> to <head> unless an element with that
 * id already exists. We add an inert placeholder with the id first, and ship the rule it would have carried
 * in theme/global.css. If a react-aria update renames the id, the CSP check in the end-to-end tests (a
 * `securitypolicyviolation` event) will say so.
 */
const PRESSABLE_STYLE_ID = 'react-aria-pressable-style';

export function guardAgainstInjectedStyles(doc: Document = document): void {
  if (doc.getElementById(PRESSABLE_STYLE_ID)) return;
  const placeholder = doc.createElement('meta');
  placeholder.id = PRESSABLE_STYLE_ID;
  placeholder.name = 'hearth-style-placeholder';
  placeholder.content = 'react-aria pressable rule ships in global.css';
  doc.head.append(placeholder);
}
