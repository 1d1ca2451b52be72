// npm run studio as a door into the repository: only the page opened from the printed address
// may use it, only for the manual's files, and every write is checked first. Requests are sent
// as any program on the computer could send them, to a studio running in a temporary clone of
// the example manual; each refusal must leave the files and git exactly as they were.
import { expect, test } from '@playwright/test';
import { spawnSync, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startStudio, stopStudio } from './studio-process.ts';

test.describe.configure({ mode: 'serial' });

// Two ports after the studio's test of the editor (studio.spec.ts): the studio and its site preview.
const port = Number(process.env['E2E_PORT'] ?? 4399) + 6;
const TODAY = '2026-11-22';
const CHAPTER = 'src/content/procedures/strategy-discussions';
let repo: string;
let outside: string;
let studio: ChildProcess;
let key: string;

function git(...args: string[]): string {
  const result = spawnSync('git', args, { cwd: repo, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(result.stderr);
  return result.stdout;
}

test.beforeAll(async () => {
  repo = mkdtempSync(join(tmpdir(), 'manual-studio-security-'));
  outside = mkdtempSync(join(tmpdir(), 'manual-studio-outside-'));
  cpSync('../../examples/brackenshire/content', join(repo, 'src/content'), { recursive: true });
  // A link in a content folder that leads out of the repository.
  symlinkSync(outside, join(repo, 'src/content/procedures/escape'));
  git('init', '-q', '-b', 'main');
  git('config', 'user.email', 'business.unit@brackenshire-scp.example');
  git('config', 'user.name', 'Business Unit');
  git('add', '-A');
  git('commit', '-q', '-m', 'The example manual');
  const started = await startStudio({ port, repo, env: { MANUAL_CONTENT_DIR: join(repo, 'src/content'), MANUAL_TODAY: TODAY } });
  studio = started.process;
  key = started.key;
});

test.afterAll(async () => {
  await stopStudio(studio);
  rmSync(repo, { recursive: true, force: true });
  rmSync(outside, { recursive: true, force: true });
});

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  text: string;
}

/** One request, with exactly the headers given (a browser would not let a page set Host). */
function send(path: string, headers: Record<string, string>, body?: unknown): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const data = body === undefined ? undefined : JSON.stringify(body);
    const req = httpRequest(
      {
        host: '127.0.0.1',
        port,
        path,
        method: data === undefined ? 'GET' : 'POST',
        headers: { ...(data === undefined ? {} : { 'Content-Type': 'application/json' }), ...headers },
      },
      (res) => {
        let text = '';
        res.on('data', (c: Buffer) => (text += c.toString()));
        res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, text }));
      },
    );
    req.on('error', reject);
    req.end(data);
  });
}

const own = () => ({ Host: `127.0.0.1:${port}`, Origin: `http://127.0.0.1:${port}`, Cookie: `manual-studio-${port}=${key}` });
const api = (body: unknown, headers: Record<string, string> = own()) => send('/api/v1', headers, body);
const params = (more: Record<string, unknown>): Record<string, unknown> => ({ branch: 'main', ...more });

/** Everything a refused request could have changed: the work tree, every ref, git's settings and hooks, and the folder outside. */
function state(): string {
  const hash = (path: string) => (existsSync(path) ? createHash('sha256').update(readFileSync(path)).digest('hex') : 'none');
  return JSON.stringify({
    status: git('status', '--porcelain', '--ignored', '--untracked-files=all'),
    refs: git('for-each-ref', '--format=%(refname) %(objectname)'),
    head: git('rev-parse', 'HEAD'),
    config: hash(join(repo, '.git/config')),
    hooks: readdirSync(join(repo, '.git/hooks')).sort(),
    outside: readdirSync(outside),
    files: readdirSync(join(repo, 'src/content'), { recursive: true }).length,
  });
}

/** Sends a request that must be refused, and checks that nothing changed. */
async function refused(body: unknown, status: number, message: RegExp, headers?: Record<string, string>): Promise<void> {
  const before = state();
  const answer = await api(body, headers);
  expect(answer.status, answer.text).toBe(status);
  expect(answer.text).toMatch(message);
  expect(state()).toBe(before);
}

/** A new version of the chapter: its latest version's frontmatter, dated `amended`, with a short body. */
function version(
  amended: string,
  body = '\nA strategy discussion is held whenever there is reasonable cause to suspect significant harm.\n\n## Timescale\n\nWithin 1 working day.\n',
): string {
  const frontmatter = readFileSync('../../examples/brackenshire/content/procedures/strategy-discussions/2026-11-30.mdx', 'utf8').split('---\n')[1]!;
  return `---\n${frontmatter.replace('amended: 2026-11-30', `amended: ${amended}`).replace(/summary: .*/, 'summary: "Shorter."')}---\n${body}`;
}

const save = (path: string, raw: string, more: Record<string, unknown> = {}, collectionName = 'chapter-strategy-discussions') => ({
  action: 'persistEntry',
  params: params({
    dataFiles: [
      {
        slug: path
          .split('/')
          .pop()!
          .replace(/\.(mdx|yaml)$/, ''),
        path,
        raw,
      },
    ],
    assets: [],
    options: { collectionName, commitMessage: 'Update chapter', useWorkflow: true, status: 'draft' },
    ...more,
  }),
});

test('only the page opened from the printed address gets in', async () => {
  // Without the key: the editor page and the API are refused.
  expect((await send('/admin/', { Host: `127.0.0.1:${port}` })).status).toBe(403);
  await refused({ action: 'info' }, 403, /address npm run studio printed/, { Host: `127.0.0.1:${port}`, Origin: `http://127.0.0.1:${port}` });
  await refused({ action: 'info' }, 403, /address npm run studio printed/, { ...own(), Cookie: `manual-studio-${port}=not-the-key` });
  // The printed address sets the cookie, and takes the key out of the address bar.
  const opened = await send(`/admin/?key=${key}`, { Host: `127.0.0.1:${port}` });
  expect(opened.status).toBe(303);
  expect(opened.headers.location).toBe('/admin/');
  expect(opened.headers['set-cookie']).toEqual([`manual-studio-${port}=${key}; Path=/; HttpOnly; SameSite=Strict`]);
  expect((await send('/admin/', { Host: `localhost:${port}`, Cookie: `manual-studio-${port}=${key}` })).status).toBe(200);
  expect((await api({ action: 'info' })).status).toBe(200);
});

test('a foreign Host (DNS rebinding) and a foreign Origin are refused on the server', async () => {
  await refused({ action: 'info' }, 421, /answers only at/, { ...own(), Host: 'attacker.example' });
  await refused({ action: 'info' }, 421, /answers only at/, { ...own(), Host: `attacker.example:${port}` });
  expect((await send('/admin/', { Host: 'attacker.example', Cookie: `manual-studio-${port}=${key}` })).status).toBe(421);
  await refused({ action: 'info' }, 403, /another site/, { ...own(), Origin: 'http://attacker.example' });
  await refused({ action: 'info' }, 403, /another site/, { ...own(), Origin: `http://127.0.0.1:${port + 1}` });
  await refused({ action: 'info' }, 403, /another site/, { ...own(), 'Sec-Fetch-Site': 'cross-site' });
});

test('writes to .git and its hooks are refused', async () => {
  const config = Buffer.from('[core]\n\tfsmonitor = "touch /tmp/pwned"\n').toString('base64');
  await refused(
    { action: 'persistMedia', params: params({ asset: { path: '.git/config', content: config, encoding: 'base64' }, options: { commitMessage: 'x' } }) },
    403,
    /saved with the draft/,
  );
  await refused(save('.git/config', '[core]\n\tfsmonitor = "touch /tmp/pwned"\n'), 403, /not a file of the manual/);
  await refused(save('.git/hooks/post-checkout', '#!/bin/sh\ntouch /tmp/pwned\n'), 403, /not a file of the manual/);
  await refused(save('src/content/procedures/.git/hooks/post-checkout', '#!/bin/sh\n'), 403, /not a file of the manual/);
  await refused({ action: 'getEntry', params: params({ path: '.git/config' }) }, 403, /not a file of the manual/);
  await refused({ action: 'deleteFile', params: params({ path: '.git/HEAD', options: { commitMessage: 'x' } }) }, 403, /not a file of the manual/);
});

test('paths with .., absolute paths and links out are refused', async () => {
  await refused({ action: 'getEntry', params: params({ path: 'src/content/procedures/../../../.git/config' }) }, 403, /not a file of the manual/);
  await refused(save(`${CHAPTER}/../../../package.json`, '{}'), 403, /not a file of the manual/);
  await refused({ action: 'getEntry', params: params({ path: '/etc/passwd' }) }, 403, /not a file of the manual/);
  await refused(save(join(repo, CHAPTER, '2026-12-07.mdx'), version('2026-12-07')), 403, /not a file of the manual/);
  await refused({ action: 'entriesByFolder', params: params({ folder: 'src', extension: 'mdx', depth: 3 }) }, 403, /not a file of the manual/);
  await refused(save('src/content/procedures/escape/2026-12-07.mdx', version('2026-12-07')), 403, /leads outside/);
  await refused({ action: 'getEntry', params: params({ path: 'src/content/procedures/escape/x.mdx' }) }, 403, /leads outside/);
  await refused(save('src/content/procedures\\..\\..\\x.mdx', version('2026-12-07')), 403, /not a file of the manual/);
});

test('unknown actions, other branches and direct writes to main are refused', async () => {
  await refused({ action: 'runCommand', params: params({ command: 'id' }) }, 400, /not an action of the editor/);
  await refused(
    { action: 'persistEntry', params: { ...save(`${CHAPTER}/2026-12-07.mdx`, version('2026-12-07')).params, branch: '--upload-pack=touch' } },
    403,
    /branch main only/,
  );
  const direct = save(`${CHAPTER}/2026-12-07.mdx`, version('2026-12-07'));
  (direct.params['options'] as { useWorkflow: boolean }).useWorkflow = false;
  await refused(direct, 403, /editorial workflow/);
  await refused(
    {
      action: 'updateUnpublishedEntryStatus',
      params: params({ collection: 'chapter-strategy-discussions', slug: '2026-12-07', newStatus: 'published --exec' }),
    },
    422,
    /status must be/,
  );
  await refused(
    { action: 'publishUnpublishedEntry', params: params({ collection: 'chapter-strategy-discussions', slug: '../../HEAD' }) },
    422,
    /not a name the editor uses/,
  );
});

test('a draft made outside the editor, with files outside the manual, is not published', async () => {
  git('checkout', '-q', '-b', 'cms/chapter-strategy-discussions/2026-12-20');
  writeFileSync(join(repo, 'package.json'), '{"scripts":{"postinstall":"touch /tmp/pwned"}}\n');
  git('add', '--', 'package.json');
  git('commit', '-q', '-m', 'Not the editor');
  git('checkout', '-q', 'main');
  const draft = { collection: 'chapter-strategy-discussions', slug: '2026-12-20' };
  await refused({ action: 'publishUnpublishedEntry', params: params(draft) }, 403, /package\.json\\" is not a file of the manual/);
  await refused({ action: 'updateUnpublishedEntryStatus', params: params({ ...draft, newStatus: 'pending_publish' }) }, 403, /not a file of the manual/);
  expect(existsSync(join(repo, 'package.json'))).toBe(false);
  git('branch', '-q', '-D', 'cms/chapter-strategy-discussions/2026-12-20');
});

test('a draft whose lock is not the published lock with its corrections recorded is not published', async () => {
  const key = 'procedures/strategy-discussions/2024-03-25.mdx';
  git('checkout', '-q', '-b', 'cms/chapter-strategy-discussions/2024-03-25');
  const text = readFileSync(join(repo, 'src/content', key), 'utf8').replace('records the decision', 'writes down the decision');
  writeFileSync(join(repo, 'src/content', key), text);
  const lock = JSON.parse(readFileSync(join(repo, 'src/content/versions.lock.json'), 'utf8')) as {
    files: Record<string, { sha256: string; corrections?: unknown[] }>;
  };
  // The correction as the studio would record it, and, beside it, a published version dropped from the lock.
  const sha256 = createHash('sha256').update(text).digest('hex');
  lock.files[key] = { sha256, corrections: [{ date: '2026-12-04', reason: 'A word was missing.', previous: lock.files[key]!.sha256 }] };
  delete lock.files['procedures/strategy-discussions/2019-09-30.mdx'];
  writeFileSync(join(repo, 'src/content/versions.lock.json'), `${JSON.stringify(lock, null, 2)}\n`);
  git('commit', '-q', '-am', 'Not the editor');
  git('checkout', '-q', 'main');
  const draft = { collection: 'chapter-strategy-discussions', slug: '2024-03-25' };
  await refused({ action: 'publishUnpublishedEntry', params: params(draft) }, 403, /Not published: the version lock changed since this draft was saved/);
  await refused(
    { action: 'updateUnpublishedEntryStatus', params: params({ ...draft, newStatus: 'pending_publish' }) },
    403,
    /Not set to Ready: the version lock/,
  );
  git('branch', '-q', '-D', 'cms/chapter-strategy-discussions/2024-03-25');
});

test('a published version and the lock are never overwritten or deleted', async () => {
  // Recorded by a build of the public site: changed only with a correction's reason, never deleted.
  await refused(save(`${CHAPTER}/2024-03-25.mdx`, version('2024-03-25')), 403, /is on the public site: .* say what was wrong under .*Correct a mistake/);
  await refused(save(`${CHAPTER}/2024-03-25.mdx`, version('2024-03-25'), { correction: 'Two\nlines.' }), 403, /must be on one line/);
  const direct = save(`${CHAPTER}/2024-03-25.mdx`, version('2024-03-25'));
  (direct.params['options'] as { useWorkflow: boolean }).useWorkflow = false;
  await refused(direct, 403, /editorial workflow/);
  await refused({ action: 'deleteFile', params: params({ path: `${CHAPTER}/2024-03-25.mdx`, options: { commitMessage: 'x' } }) }, 403, /is never deleted/);
  await refused({ action: 'deleteFiles', params: params({ paths: ['src/content/versions.lock.json'], options: { commitMessage: 'x' } }) }, 403, /version lock/);
  await refused(save('src/content/versions.lock.json', '{}'), 403, /version lock/);
});

test("a new chapter's first version is <id>/<date>.mdx, for a new id, in the new chapter list only", async () => {
  const first = (collectionName: string, slug: string, path: string) => {
    const request = save(path, version('2026-12-07'), {}, collectionName);
    (request.params['dataFiles'] as { slug: string }[])[0]!.slug = slug;
    return request;
  };
  await refused(first('chapter-strategy-discussions', 'young-carers/2026-12-07', `${CHAPTER}/2026-12-07.mdx`), 422, /is not a name the editor uses/);
  await refused(first('new-chapter', 'young-carers', 'src/content/procedures/young-carers/2026-12-07.mdx'), 422, /is not saved as <id>\/<date>/);
  await refused(
    first('new-chapter', 'young-carers/2026-12-07', 'src/content/procedures/young-carers/2026-12-08.mdx'),
    403,
    /is not where a new chapter's first version is saved/,
  );
  await refused(first('new-chapter', 'young-carers/2026-12-07', 'src/content/pages/young-carers/2026-12-07.mdx'), 403, /not in the folder of the entry/);
  // A taken id is the check's problem, on the id.
  await refused(
    first('new-chapter', 'strategy-discussions/2026-12-07', `${CHAPTER}/2026-12-07.mdx`),
    422,
    /id: there is already a chapter with the id strategy-discussions \(1\.3\.3 Strategy Discussions\)/,
  );
});

test('uploads only of the kinds resources may be', async () => {
  const upload = (path: string, bytes: Buffer) =>
    save(`${CHAPTER}/2026-12-07.mdx`, version('2026-12-07'), { assets: [{ path, content: bytes.toString('base64'), encoding: 'base64' }] });
  await refused(upload('src/content/media/page.html', Buffer.from('<script>alert(1)</script>')), 422, /is not a PDF, DOCX, XLSX, PNG or SVG file/);
  await refused(upload('src/content/media/picture.png', Buffer.from('<script>alert(1)</script>')), 422, /is not a kind of file the site publishes/);
  // A PDF's content under a picture's name, and SVGs that would run or load something however they spell it.
  await refused(upload('src/content/media/form.png', Buffer.from('%PDF-1.4\n%%EOF\n')), 422, /holds a PDF but is named \.png/);
  for (const svg of [
    '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"></svg>',
    '<svg xmlns="http://www.w3.org/2000/svg" xmlns:s="http://www.w3.org/2000/svg"><s:script>alert(1)</s:script></svg>',
    '<svg xmlns="http://www.w3.org/2000/svg"><style>@import url(https://elsewhere.example/x.css);</style></svg>',
  ]) {
    await refused(upload('src/content/media/picture.svg', Buffer.from(svg)), 422, /would run or load in the site's name/);
  }
});

test('a write the check refuses is refused, with the problems', async () => {
  const before = state();
  const heading = await api(save(`${CHAPTER}/2026-12-07.mdx`, version('2026-12-07', '\n# A top-level heading\n\nText.\n')));
  expect(heading.status).toBe(422);
  const { problems } = JSON.parse(heading.text) as { problems: { file: string; field: string }[] };
  expect(problems.map((p) => [p.file, p.field])).toContainEqual([`${CHAPTER}/2026-12-07.mdx`, 'body']);
  expect(state()).toBe(before);

  const contact = readFileSync('../../examples/brackenshire/content/contacts/lado.yaml', 'utf8').replace('0113 496 0600', '0113 4960 60');
  const number = await api(save('src/content/contacts/lado.yaml', `${contact}changes:\n  - date: ${TODAY}\n    summary: New number.\n`, {}, 'contacts'));
  expect(number.status, number.text).toBe(422);
  expect(JSON.parse(number.text)).toEqual({
    lead: 'Not saved',
    error:
      'Not saved, as the manual would then have a problem: number of the first phone: is not a valid UK phone number; check every digit (for example "0116 496 0100") (write it as number: "0116 496 0100")',
    problems: [
      {
        file: 'src/content/contacts/lado.yaml',
        field: 'number of the first phone',
        message: 'is not a valid UK phone number; check every digit (for example "0116 496 0100")',
        fix: 'write it as number: "0116 496 0100"',
      },
    ],
  });
  expect(state()).toBe(before);
});

test('a valid edit is saved as a draft, and published', async () => {
  // A file the editor did not write, in the work tree: no write goes ahead while it is there,
  // as git would commit it too.
  writeFileSync(join(repo, 'stray.txt'), "not the editor's\n");
  await refused(save(`${CHAPTER}/2026-12-07.mdx`, version('2026-12-07')), 409, /changes that are not committed \(stray\.txt\)/);
  rmSync(join(repo, 'stray.txt'));
  const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]);
  const saved = await api(
    save(`${CHAPTER}/2026-12-07.mdx`, version('2026-12-07'), {
      assets: [{ path: 'src/content/media/flowchart.png', content: png.toString('base64'), encoding: 'base64' }],
    }),
  );
  expect(saved.status, saved.text).toBe(200);
  expect(git('branch', '--list', 'cms/*').trim()).toBe('cms/chapter-strategy-discussions/2026-12-07');
  // The commit holds the named files, and nothing else.
  expect(git('show', '--name-only', '--format=', 'cms/chapter-strategy-discussions/2026-12-07').trim().split('\n')).toEqual([
    'src/content/media/flowchart.png',
    `${CHAPTER}/2026-12-07.mdx`,
  ]);
  expect(git('status', '--porcelain').trim()).toBe('');
  for (const newStatus of ['pending_review', 'pending_publish']) {
    const moved = await api({
      action: 'updateUnpublishedEntryStatus',
      params: params({ collection: 'chapter-strategy-discussions', slug: '2026-12-07', newStatus }),
    });
    expect(moved.status, moved.text).toBe(200);
  }
  const published = await api({ action: 'publishUnpublishedEntry', params: params({ collection: 'chapter-strategy-discussions', slug: '2026-12-07' }) });
  expect(published.status, published.text).toBe(200);
  expect(git('show', `main:${CHAPTER}/2026-12-07.mdx`)).toContain('summary: "Shorter."');
  expect(git('branch', '--list', 'cms/*').trim()).toBe('');
  expect(existsSync(join(outside, '2026-12-07.mdx'))).toBe(false);
});
