// The response headers a host sends with the site, written once as a _headers file (the format
// Netlify and Cloudflare Pages read), which the preview server applies too, so that what is
// tested locally is what is hosted.
import { headerPolicyFor } from '../site/csp.ts';
import { regionIndexHeaders } from '../region/region-search.ts';
import type { SiteSettings } from '../schemas/site.ts';

/** Headers for the paths matching a pattern such as /* (a trailing * matches anything). */
export interface HeaderRule {
  pattern: string;
  /** Headers an earlier matching rule set that this one takes away (`! Name` in the file). */
  detach?: string[];
  headers: Record<string, string>;
}

/** Where the admin page is, in the built site. */
const ADMIN_PATH = '/admin/';

/**
 * The headers every file of the site is served with (/* matches under any base path too); the
 * settings may add a form's origin to the policy. With `adminPolicy`, the admin page's folder
 * has its own Content-Security-Policy instead of the site's. A host that combines the values of
 * a header set by two rules (Cloudflare Pages joins them with a comma: two policies, both
 * enforced) would stop the CMS, so the admin rule first takes the site's policy away.
 */
export function siteHeaderRules(settings: Pick<SiteSettings, 'mailingList'> & Partial<Pick<SiteSettings, 'region'>> = {}, adminPolicy?: string): HeaderRule[] {
  const rules: HeaderRule[] = [
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
  // The other sites of the region search this one's index (docs/regional-manuals.md).
  const region = regionIndexHeaders(settings);
  if (region) rules.push(region);
  if (adminPolicy) {
    rules.push({
      pattern: `${ADMIN_PATH}*`,
      detach: ['Content-Security-Policy'],
      headers: { 'Content-Security-Policy': `${adminPolicy}; frame-ancestors 'none'`, 'X-Robots-Tag': 'noindex' },
    });
  }
  return rules;
}

export function renderHeadersFile(rules: readonly HeaderRule[]): string {
  const lines = [
    '# Response headers for Netlify and Cloudflare Pages (other hosts: see docs/hosting.md), written by npm run build.',
    '# The pages carry the same Content-Security-Policy in a <meta> tag; the header adds frame-ancestors, which only works as a header.',
  ];
  for (const rule of rules) {
    lines.push(
      rule.pattern,
      ...(rule.detach ?? []).map((name) => `  ! ${name}`),
      ...Object.entries(rule.headers).map(([name, value]) => `  ${name}: ${value}`),
    );
  }
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
    const rule = rules.at(-1);
    const detached = /^\s+!\s*(\S+)\s*$/.exec(line);
    if (rule && detached) {
      (rule.detach ??= []).push(detached[1]!);
      continue;
    }
    const colon = line.indexOf(':');
    if (rule && colon > 0) rule.headers[line.slice(0, colon).trim()] = line.slice(colon + 1).trim();
  }
  return rules;
}

/** The headers for `pathname` (relative to the site's folder): every matching rule's, in order, a detached header taken away and later rules winning. */
export function headersFor(rules: readonly HeaderRule[], pathname: string): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const rule of rules) {
    const matches = rule.pattern.endsWith('*') ? pathname.startsWith(rule.pattern.slice(0, -1)) : pathname === rule.pattern;
    if (!matches) continue;
    for (const name of rule.detach ?? []) delete headers[name];
    Object.assign(headers, rule.headers);
  }
  return headers;
}
