// The site's public URLs (a stable contract), relative to the base path the site is served under.

/** Joins the site's base (such as / or /manual/) and a path inside the site. */
export function withBase(base: string, path: string): string {
  const root = base.endsWith('/') ? base : `${base}/`;
  return `${root}${path.replace(/^\//, '')}`;
}

export const paths = {
  home: '',
  contents: 'contents/',
  chapter: (id: string) => `procedures/${id}/`,
} as const;

/** Rewrites a root-relative link written in content (/procedures/x/) to sit under the base. */
export function contentHref(base: string, href: string): string {
  return href.startsWith('/') && !href.startsWith('//') ? withBase(base, href) : href;
}
