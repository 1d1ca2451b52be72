import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { headerPolicy, metaPolicy } from '../../src/lib/csp.ts';
import { adminPolicy } from '../../src/lib/cms/admin-site.ts';
import { headersFor, parseHeadersFile, renderHeadersFile, siteHeaderRules } from '../../src/lib/host-headers.ts';

const githubAdmin = adminPolicy({ name: 'github', repo: 'brackenshire-scp/procedures', branch: 'main', baseUrl: 'https://sign-in.brackenshire-scp.example' });

describe('the Content-Security-Policy', () => {
  it('allows only the site itself, WebAssembly for search, and the offline worker and manifest from the site', () => {
    expect(metaPolicy).toMatchInlineSnapshot(`"default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'; worker-src 'self'; manifest-src 'self'"`);
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

describe('the admin page\'s own policy', () => {
  it('lets Decap CMS run and reach the git host, and loads code from the site only', () => {
    expect(githubAdmin).toMatchInlineSnapshot(`"default-src 'self'; script-src 'self' 'unsafe-eval'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob: https://avatars.githubusercontent.com; connect-src 'self' https://api.github.com; frame-src 'self' blob:; object-src 'none'; base-uri 'self'; form-action 'self'"`);
    expect(adminPolicy({ name: 'gitlab', repo: 'bscp/procedures', branch: 'main', appId: 'abc', baseUrl: 'https://gitlab.brackenshire.example', apiRoot: 'https://gitlab.brackenshire.example/api/v4' })).toContain("connect-src 'self' https://gitlab.brackenshire.example;");
  });

  it('replaces the site\'s policy under /admin/ only, in the _headers file and in the hosting notes', () => {
    const file = renderHeadersFile(siteHeaderRules(githubAdmin));
    expect(file).toContain(`/admin/*\n  ! Content-Security-Policy\n  Content-Security-Policy: ${githubAdmin}; frame-ancestors 'none'\n`);
    const rules = parseHeadersFile(file);
    expect(rules).toEqual(siteHeaderRules(githubAdmin));
    expect(headersFor(rules, '/admin/')).toMatchObject({ 'Content-Security-Policy': `${githubAdmin}; frame-ancestors 'none'`, 'X-Content-Type-Options': 'nosniff', 'X-Robots-Tag': 'noindex' });
    expect(headersFor(rules, '/admin/decap-cms.js')['Content-Security-Policy']).toContain("'unsafe-eval'");
    expect(headersFor(rules, '/procedures/strategy-discussions/')['Content-Security-Policy']).toBe(headerPolicy);
    expect(headersFor(rules, '/administration/')['Content-Security-Policy']).toBe(headerPolicy);
    // No admin page: no admin rule.
    expect(renderHeadersFile(siteHeaderRules())).not.toContain('admin');
    const notes = readFileSync('docs/hosting.md', 'utf8');
    expect(notes).toContain(`add_header Content-Security-Policy "${githubAdmin}; frame-ancestors 'none'" always;`);
    expect(notes).toContain(`Header always set Content-Security-Policy "${githubAdmin}; frame-ancestors 'none'"`);
  });
});
