// The /updates/ page's sign-up form: it posts to the partnership's own mailing-list provider,
// and exists only when the settings give its address (the CSP allows that origin: csp.ts).
import type { SiteSettings } from '../schemas/site.ts';

export interface SignUpForm {
  /** Where the form posts: the provider's sign-up address. */
  action: string;
  /** The name of the email address field. */
  emailField: string;
  /** Fields the provider needs, sent as they are. */
  hiddenFields: { name: string; value: string }[];
  /** The provider's host, named beside the form so that readers know where their address goes. */
  host: string;
  privacyUrl: string | undefined;
}

/** The sign-up form the settings ask for, or undefined when they give no mailing list. */
export function signUpForm(settings: Pick<SiteSettings, 'mailingList'>): SignUpForm | undefined {
  const list = settings.mailingList;
  if (!list) return undefined;
  return {
    action: list.signUpUrl,
    emailField: list.emailField,
    hiddenFields: Object.entries(list.hiddenFields).map(([name, value]) => ({ name, value })),
    host: new URL(list.signUpUrl).host,
    privacyUrl: list.privacyUrl,
  };
}
