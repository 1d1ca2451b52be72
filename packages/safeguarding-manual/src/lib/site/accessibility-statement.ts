// What the accessibility statement says about compliance, worked out from the settings
// rather than typed, so that listing a known issue can never leave "fully compliant" behind.
import type { AccessibilitySettings } from '../schemas/site.ts';

export const STANDARD = 'Web Content Accessibility Guidelines version 2.2 AA standard';
export const REGULATIONS = 'Public Sector Bodies (Websites and Mobile Applications) (No. 2) Accessibility Regulations 2018';

export type ComplianceStatus = 'full' | 'partial';

/** Fully compliant when nothing fails WCAG 2.2 AA; partially when anything does, fixed later or not. */
export function complianceStatus(statement: AccessibilitySettings): ComplianceStatus {
  return statement.issues.length || statement.disproportionateBurden.length ? 'partial' : 'full';
}

/** The compliance sentence in the wording the regulations' model statement uses. */
export function complianceSentence(status: ComplianceStatus): string {
  return status === 'full'
    ? `This website is fully compliant with the ${STANDARD}.`
    : `This website is partially compliant with the ${STANDARD}, due to the non-compliances listed below.`;
}
