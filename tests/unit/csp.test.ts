import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { headerPolicy, metaPolicy } from '../../src/lib/csp.ts';
import { headersFor, parseHeadersFile, renderHeadersFile, siteHeaderRules } from '../../src/lib/host-headers.ts';

describe('the Content-Security-Policy', () => {
  it('allows only the site itself, and WebAssembly for search', () => {
    expect(metaPolicy).toMatchInlineSnapshot(`"default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'"`);
  });

  it('is the same in the headers file the build writes and the hosting notes, with frame-ancestors added', () => {
    expect(headerPolicy).toBe(`${metaPolicy}; frame-ancestors 'none'`);
    expect(renderHeadersFile(siteHeaderRules())).toContain(`/*\n  Content-Security-Policy: ${headerPolicy}\n`);
    const notes = readFileSync('docs/hosting.md', 'utf8');
    expect(notes).toContain(`add_header Content-Security-Policy "${headerPolicy}" always;`);
    expect(notes).toContain(`Header always set Content-Security-Policy "${headerPolicy}"`);
  });
});

describe('the _headers file', () => {
  it('reads back as it was written, and applies to every address, under a base path too', () => {
    const rules = parseHeadersFile(renderHeadersFile(siteHeaderRules()));
    expect(rules).toEqual(siteHeaderRules());
    expect(headersFor(rules, '/manual/procedures/x/')).toMatchObject({ 'Content-Security-Policy': headerPolicy, 'X-Content-Type-Options': 'nosniff', 'Referrer-Policy': 'no-referrer' });
    expect(headersFor([{ pattern: '/admin/', headers: { A: '1' } }], '/admin/x')).toEqual({});
  });
});
