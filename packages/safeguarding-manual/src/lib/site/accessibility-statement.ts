// What the accessibility statement says about compliance, worked out from the settings
// rather than typed, so that listing a known issue can never leave "fully compliant" behind.
// The sentence for each status, in each language, is in src/lib/interface-text/service.ts.
import type { AccessibilitySettings } from '../schemas/site.ts';

export type ComplianceStatus = 'full' | 'partial';

/** Fully compliant when nothing fails WCAG 2.2 AA; partially when anything does, fixed later or not. */
export function complianceStatus(statement: AccessibilitySettings): ComplianceStatus {
  return statement.issues.length || statement.disproportionateBurden.length ? 'partial' : 'full';
}
