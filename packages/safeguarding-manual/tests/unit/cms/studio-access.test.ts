import { describe, expect, it } from 'vitest';
import { fieldLabels, fieldTarget, labelledText, problemLabels } from '../../../src/lib/cms/admin-problems.ts';
import { accessCookie, accessRefusal, studioSecret } from '../../../src/lib/cms/studio-access.ts';

const access = { port: 4331, secret: studioSecret() };
const own = { host: '127.0.0.1:4331', origin: 'http://127.0.0.1:4331', cookie: `other=1; manual-studio-4331=${access.secret}` };
const status = (headers: Parameters<typeof accessRefusal>[0], key?: string) => accessRefusal(headers, key, access)?.status ?? 'allowed';

describe('who may use the studio', () => {
  it('makes a new secret at each start', () => {
    expect(access.secret).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(studioSecret()).not.toBe(access.secret);
    expect(accessCookie(access)).toBe(`manual-studio-4331=${access.secret}; Path=/; HttpOnly; SameSite=Strict`);
  });

  it('lets in the page with the cookie, or with the key in the address', () => {
    expect(status(own)).toBe('allowed');
    expect(status({ host: 'localhost:4331' }, access.secret)).toBe('allowed');
    expect(status({ ...own, 'sec-fetch-site': 'same-origin' })).toBe('allowed');
  });

  it('refuses a missing or wrong secret, another Host and another Origin', () => {
    expect(status({ host: own.host, origin: own.origin })).toBe(403);
    expect(status({ ...own, cookie: 'manual-studio-4331=guess' })).toBe(403);
    expect(status({ ...own, cookie: `manual-studio-4332=${access.secret}` })).toBe(403);
    expect(status({ host: own.host }, 'guess')).toBe(403);
    expect(status({ ...own, host: 'attacker.example' })).toBe(421);
    expect(status({ ...own, host: 'attacker.example:4331' })).toBe(421);
    expect(status({ ...own, host: '127.0.0.1:4332' })).toBe(421);
    expect(status({ ...own, host: undefined })).toBe(421);
    expect(status({ ...own, origin: 'http://attacker.example' })).toBe(403);
    expect(status({ ...own, origin: 'null' })).toBe(403);
    expect(status({ ...own, 'sec-fetch-site': 'cross-site' })).toBe(403);
    expect(status({ ...own, 'sec-fetch-site': 'same-site' })).toBe(403);
  });
});

describe('refusals shown beside their fields', () => {
  const labels = fieldLabels([
    { name: 'service', label: 'Team or service' },
    { name: 'phones', label: 'Phone numbers', fields: [{ name: 'number', label: 'Number' }] },
    { name: 'body', label: 'Text' },
  ]);

  it('finds the field a problem names, and which of its kind', () => {
    expect(fieldTarget('body', labels)).toEqual({ label: 'Text', index: 0 });
    expect(fieldTarget('number of the second phone', labels)).toEqual({ label: 'Number', index: 1 });
    expect(fieldTarget('file name', labels)).toBeUndefined();
  });

  it('names the fields by their labels in the message', () => {
    expect(
      labelledText(
        [
          { field: 'number of the second phone', message: 'is not a valid UK phone number', fix: 'write it as number: "0116 496 0100"' },
          { field: 'file', message: 'is not named by a date', fix: 'rename it' },
        ],
        labels,
      ),
    ).toMatchInlineSnapshot(
      `"Not saved. "Number" (the second): is not a valid UK phone number; write it as number: "0116 496 0100" • file: is not named by a date; rename it"`,
    );
  });

  it("places a new chapter's or page's id, which the check calls id, at its id field", () => {
    const chapter = problemLabels([
      { name: 'chapter', label: 'Chapter id' },
      { name: 'title', label: 'Title' },
    ]);
    expect(fieldTarget('id', chapter)).toEqual({ label: 'Chapter id', index: 0 });
    expect(fieldTarget('id', problemLabels([{ name: 'page', label: 'Page id' }]))).toEqual({ label: 'Page id', index: 0 });
    expect(fieldTarget('id', problemLabels([{ name: 'id', label: 'Contact id' }]))).toEqual({ label: 'Contact id', index: 0 });
    expect(fieldTarget('id', problemLabels([{ name: 'title', label: 'Title' }]))).toBeUndefined();
  });

  it('starts with what the studio refused to do', () => {
    expect(labelledText([{ field: 'approvedBy', message: 'is missing', fix: 'add it' }], new Map([['approvedBy', 'Approved by']]), 'Not set to Ready')).toBe(
      'Not set to Ready. "Approved by": is missing; add it',
    );
  });
});
