import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { headerPolicy, metaPolicy } from '../../src/lib/csp.ts';

describe('the Content-Security-Policy', () => {
  it('allows only the site itself, WebAssembly for search, and the offline worker and manifest from the site', () => {
    expect(metaPolicy).toMatchInlineSnapshot(`"default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'; worker-src 'self'; manifest-src 'self'"`);
  });

  it('is the same in the example headers file and the hosting notes, with frame-ancestors added', () => {
    expect(headerPolicy).toBe(`${metaPolicy}; frame-ancestors 'none'`);
    expect(readFileSync('public/_headers', 'utf8')).toContain(`  Content-Security-Policy: ${headerPolicy}\n`);
    const notes = readFileSync('docs/hosting.md', 'utf8');
    expect(notes).toContain(`add_header Content-Security-Policy "${headerPolicy}" always;`);
    expect(notes).toContain(`Header always set Content-Security-Policy "${headerPolicy}"`);
  });
});
