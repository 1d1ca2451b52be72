import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { adminPolicy } from '../../../src/lib/cms/admin-site.ts';
import { formOrigins, headerPolicy, headerPolicyFor, metaPolicy, metaPolicyFor } from '../../../src/lib/site/csp.ts';
import { headersFor, parseHeadersFile, renderHeadersFile, siteHeaderRules } from '../../../src/lib/servers/host-headers.ts';
import { defineManual } from '../../../src/lib/manual/settings.ts';
import { signUpForm } from '../../../src/lib/site/updates.ts';
import { settings } from '../helpers.ts';

const withList = defineManual({
  ...settings,
  mailingList: {
    signUpUrl: 'https://partnership.list-manage.example/subscribe/post?u=abc&id=123',
    emailField: 'EMAIL',
    hiddenFields: { b_abc_123: '' },
    privacyUrl: 'https://example.org/privacy',
  },
});

const githubAdmin = adminPolicy({ name: 'github', repo: 'brackenshire-scp/procedures', branch: 'main', baseUrl: 'https://sign-in.brackenshire-scp.example' });

describe('the Content-Security-Policy', () => {
  it('allows only the site itself, WebAssembly for search, and the offline worker and manifest from the site', () => {
    expect(metaPolicy).toMatchInlineSnapshot(
      `"default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'; worker-src 'self'; manifest-src 'self'"`,
    );
  });

  it('is the same in the headers file the build writes and the hosting notes, with frame-ancestors added', () => {
    expect(headerPolicy).toBe(`${metaPolicy}; frame-ancestors 'none'`);
    expect(renderHeadersFile(siteHeaderRules())).toContain(`/*\n  Content-Security-Policy: ${headerPolicy}\n`);
    const notes = readFileSync('../../docs/hosting.md', 'utf8');
    expect(notes).toContain(`add_header Content-Security-Policy "${headerPolicy}" always;`);
    expect(notes).toContain(`Header always set Content-Security-Policy "${headerPolicy}"`);
  });
});

describe('the _headers file', () => {
  it('reads back as it was written, and applies to every address, under a base path too', () => {
    const rules = parseHeadersFile(renderHeadersFile(siteHeaderRules()));
    expect(rules).toEqual(siteHeaderRules());
    expect(headersFor(rules, '/manual/procedures/x/')).toMatchObject({
      'Content-Security-Policy': headerPolicy,
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
    });
    expect(headersFor([{ pattern: '/admin/', headers: { A: '1' } }], '/admin/x')).toEqual({});
  });
});

describe("the admin page's own policy", () => {
  it('lets Decap CMS run and reach the git host, and loads code from the site only', () => {
    expect(githubAdmin).toMatchInlineSnapshot(
      `"default-src 'self'; script-src 'self' 'unsafe-eval'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob: https://avatars.githubusercontent.com; connect-src 'self' blob: https://api.github.com; frame-src 'self' blob:; object-src 'none'; base-uri 'self'; form-action 'self'"`,
    );
    expect(
      adminPolicy({
        name: 'gitlab',
        repo: 'bscp/procedures',
        branch: 'main',
        appId: 'abc',
        baseUrl: 'https://gitlab.brackenshire.example',
        apiRoot: 'https://gitlab.brackenshire.example/api/v4',
      }),
    ).toContain("connect-src 'self' blob: https://gitlab.brackenshire.example;");
  });

  it("replaces the site's policy under /admin/ only, in the _headers file and in the hosting notes", () => {
    const file = renderHeadersFile(siteHeaderRules({}, githubAdmin));
    expect(file).toContain(`/admin/*\n  ! Content-Security-Policy\n  Content-Security-Policy: ${githubAdmin}; frame-ancestors 'none'\n`);
    const rules = parseHeadersFile(file);
    expect(rules).toEqual(siteHeaderRules({}, githubAdmin));
    expect(headersFor(rules, '/admin/')).toMatchObject({
      'Content-Security-Policy': `${githubAdmin}; frame-ancestors 'none'`,
      'X-Content-Type-Options': 'nosniff',
      'X-Robots-Tag': 'noindex',
    });
    expect(headersFor(rules, '/admin/decap-cms.js')['Content-Security-Policy']).toContain("'unsafe-eval'");
    expect(headersFor(rules, '/procedures/strategy-discussions/')['Content-Security-Policy']).toBe(headerPolicy);
    expect(headersFor(rules, '/administration/')['Content-Security-Policy']).toBe(headerPolicy);
    // No admin page: no admin rule.
    expect(renderHeadersFile(siteHeaderRules())).not.toContain('admin');
    const notes = readFileSync('../../docs/hosting.md', 'utf8');
    expect(notes).toContain(`add_header Content-Security-Policy "${githubAdmin}; frame-ancestors 'none'" always;`);
    expect(notes).toContain(`Header always set Content-Security-Policy "${githubAdmin}; frame-ancestors 'none'"`);
  });
});

describe('the mailing list in the settings', () => {
  it('without one: forms post to the site only, and /updates/ has no form', () => {
    expect(formOrigins(settings)).toEqual([]);
    expect(metaPolicyFor(settings)).toBe(metaPolicy);
    expect(headerPolicyFor(settings)).toBe(headerPolicy);
    expect(renderHeadersFile(siteHeaderRules(settings))).toContain(`Content-Security-Policy: ${headerPolicy}\n`);
    expect(signUpForm(settings)).toBeUndefined();
  });

  it('with one: forms may post to exactly its origin, in the meta tag and the _headers file, and /updates/ has its form', () => {
    expect(formOrigins(withList)).toEqual(['https://partnership.list-manage.example']);
    expect(metaPolicyFor(withList)).toBe(metaPolicy.replace("form-action 'self'", "form-action 'self' https://partnership.list-manage.example"));
    expect(headerPolicyFor(withList)).toBe(`${metaPolicyFor(withList)}; frame-ancestors 'none'`);
    expect(headersFor(parseHeadersFile(renderHeadersFile(siteHeaderRules(withList))), '/updates/')['Content-Security-Policy']).toBe(headerPolicyFor(withList));
    expect(signUpForm(withList)).toEqual({
      action: 'https://partnership.list-manage.example/subscribe/post?u=abc&id=123',
      emailField: 'EMAIL',
      hiddenFields: [{ name: 'b_abc_123', value: '' }],
      host: 'partnership.list-manage.example',
      privacyUrl: 'https://example.org/privacy',
    });
    expect(signUpForm(defineManual({ ...settings, mailingList: { signUpUrl: 'https://lists.example.org/join' } }))).toMatchObject({
      emailField: 'email',
      hiddenFields: [],
    });
  });

  it('must be an https address of a named host', () => {
    const attempt = (signUpUrl: string) => () => defineManual({ ...settings, mailingList: { signUpUrl } });
    expect(attempt('http://lists.example.org/join')).toThrowErrorMatchingInlineSnapshot(`
      [UserError: manual.config.ts has 1 problem:
        signUpUrl of mailingList: must be the https:// address the provider gives for its sign-up form, such as https://lists.example.org/subscribe]
    `);
    expect(attempt('javascript:alert(1)')).toThrow(/signUpUrl of mailingList/);
    expect(() => defineManual({ ...settings, mailingList: { signUpUrl: 'https://lists.example.org/', emailField: 'e mail"' } }))
      .toThrowErrorMatchingInlineSnapshot(`
      [UserError: manual.config.ts has 1 problem:
        emailField of mailingList: must be a form field name of letters, digits and _ . - [ ], such as EMAIL]
    `);
  });
});
