// The response headers a host sends with the site, written once as a _headers file (the format
// Netlify and Cloudflare Pages read), which the preview server applies too, so that what is
// tested locally is what is hosted.
import { headerPolicyFor } from './csp.ts';
import type { SiteSettings } from './schemas/site.ts';

/** Headers for the paths matching a pattern such as /* (a trailing * matches anything). */
export interface HeaderRule {
  pattern: string;
  headers: Record<string, string>;
}

/** The headers every file of the site is served with (/* matches under any base path too); the settings may add a form's origin to the policy. */
export function siteHeaderRules(settings: Pick<SiteSettings, 'mailingList'> = {}): HeaderRule[] {
  return [
    {
      pattern: '/*',
      headers: {
        'Content-Security-Policy': headerPolicyFor(settings),
        'Referrer-Policy': 'no-referrer',
        'X-Content-Type-Options': 'nosniff',
        'Permissions-Policy': 'camera=(), microphone=(), geolocation=()',
      },
    },
  ];
}

export function renderHeadersFile(rules: readonly HeaderRule[]): string {
  const lines = [
    '# Response headers for Netlify and Cloudflare Pages (other hosts: see docs/hosting.md), written by npm run build.',
    '# The pages carry the same Content-Security-Policy in a <meta> tag; the header adds frame-ancestors, which only works as a header.',
  ];
  for (const rule of rules) lines.push(rule.pattern, ...Object.entries(rule.headers).map(([name, value]) => `  ${name}: ${value}`));
  return `${lines.join('\n')}\n`;
}

export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const line of text.split(/\r?\n/)) {
    if (!line.trim() || line.trimStart().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      rules.push({ pattern: line.trim(), headers: {} });
      continue;
    }
    const colon = line.indexOf(':');
    const rule = rules.at(-1);
    if (rule && colon > 0) rule.headers[line.slice(0, colon).trim()] = line.slice(colon + 1).trim();
  }
  return rules;
}

/** The headers for `pathname`: every matching rule's, later rules winning. */
export function headersFor(rules: readonly HeaderRule[], pathname: string): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const rule of rules) {
    const matches = rule.pattern.endsWith('*') ? pathname.startsWith(rule.pattern.slice(0, -1)) : pathname === rule.pattern;
    if (matches) Object.assign(headers, rule.headers);
  }
  return headers;
}
