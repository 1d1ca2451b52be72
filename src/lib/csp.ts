// The Content-Security-Policy every page is served with: scripts, styles and data from the
// site itself only. Pages put it in a <meta> tag; hosts that can set headers use headerPolicy.

const directives: Record<string, string[]> = {
  'default-src': ["'self'"],
  // Pagefind's search compiles WebAssembly; nothing else is evaluated.
  'script-src': ["'self'", "'wasm-unsafe-eval'"],
  'style-src': ["'self'"],
  'img-src': ["'self'", 'data:'],
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
  'form-action': ["'self'"],
  // The offline worker and the web app manifest, from the site itself.
  'worker-src': ["'self'"],
  'manifest-src': ["'self'"],
};

function serialize(policy: Record<string, string[]>): string {
  return Object.entries(policy)
    .map(([name, values]) => `${name} ${values.join(' ')}`)
    .join('; ');
}

/** The policy for <meta http-equiv="Content-Security-Policy">, which cannot carry frame-ancestors. */
export const metaPolicy = serialize(directives);

/** The same policy as an HTTP header, which also forbids framing the site. */
export const headerPolicy = serialize({ ...directives, 'frame-ancestors': ["'none'"] });
