// npm run studio: Decap CMS against the local repository, on 127.0.0.1 only. One server gives
// the admin page and passes its saves to Decap's git proxy (decap-server in git mode: drafts are
// cms/... branches, publishing merges one into the current branch); a second serves the site
// built from what is published, rebuilt after each publication. The configuration is made from
// a copy of the published files, never from the working tree the proxy checks branches out in.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, request, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, resolve } from 'node:path';
import { LOCK_FILE } from '../lock.ts';
import type { SiteSettings } from '../schemas/site.ts';
import { readManualSource } from '../source.ts';
import { checkManual } from '../validate.ts';
import { adminPage, adminPolicy, bundleAdminScript, decapDir, decapFiles, previewStyles } from './admin-site.ts';
import { buildCms, type CmsBackend } from './config.ts';
import { studioPackageDir } from './studio-packages.ts';

export interface StudioOptions {
  /** The repository to edit: usually the project's folder. */
  repo: string;
  /** The project whose build and preview scripts make the site preview (default: the current folder). */
  projectRoot?: string | undefined;
  /** The admin page's port; the git proxy uses the next one and the site preview the one after. */
  port: number;
  today: string;
  contentDir: string;
  settings: SiteSettings;
  /** Progress messages. */
  log?: (message: string) => void;
}

export interface Studio {
  /** The admin page's address. */
  adminUrl: string;
  /** The site preview's address. */
  siteUrl: string;
  /** Resolves when the site preview of what is published is built (again, after a publication). */
  siteReady(): Promise<void>;
  close(): Promise<void>;
}

/** Why the studio cannot start, with what to do. */
export class StudioError extends Error {
  override name = 'StudioError';
}

function git(repo: string, args: string[]): string {
  const result = spawnSync('git', args, { cwd: repo, encoding: 'utf8' });
  if (result.status !== 0) throw new StudioError(`git ${args.join(' ')} failed in ${repo}: ${(result.stderr || result.error?.message || '').trim()}`);
  return result.stdout;
}

/** The branch the repository is on, once it is certain that the proxy can switch branches in it. */
export function studioBranch(repo: string): string {
  if (spawnSync('git', ['rev-parse', '--git-dir'], { cwd: repo }).status !== 0) {
    throw new StudioError(`${repo} is not a git repository: the studio saves every change as a git commit, so run it in a clone of the manual's repository.`);
  }
  const branch = git(repo, ['rev-parse', '--abbrev-ref', 'HEAD']).trim();
  if (branch === 'HEAD') throw new StudioError('The repository is not on a branch: check out the main branch first (git checkout main).');
  const missing = ['user.name', 'user.email'].filter((key) => spawnSync('git', ['config', key], { cwd: repo, encoding: 'utf8' }).stdout.trim() === '');
  if (missing.length) {
    throw new StudioError(
      [
        `Every change you save is a git commit, which records who made it, but git does not know your ${missing.map((key) => (key === 'user.name' ? 'name' : 'email address')).join(' or ')} yet. Tell it once on this computer:`,
        ...(missing.includes('user.name') ? ['  git config --global user.name "Your Name"'] : []),
        ...(missing.includes('user.email') ? ['  git config --global user.email "you@example.org"'] : []),
        'then start the studio again.',
      ].join('\n'),
    );
  }
  const changed = git(repo, ['status', '--porcelain']).trim();
  if (changed) {
    const files = changed.split('\n').map((line) => `  ${line.slice(3)}`);
    throw new StudioError(
      ['The repository has changes that are not committed, and the CMS commits every file it finds:', ...files, 'Commit them (git add -A && git commit -m "...") or put them aside (git stash -u), then start the studio again.'].join('\n'),
    );
  }
  return branch;
}

/** Copies the manual's files as committed on `branch` into `dir`: what is published, whatever branch the proxy has checked out. */
function snapshot(repo: string, branch: string, contentDir: string, dir: string): void {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const archive = spawnSync('git', ['archive', '--format=tar', branch, contentDir], { cwd: repo, maxBuffer: 1 << 30 });
  if (archive.status !== 0) throw new StudioError(`git archive failed: ${archive.stderr.toString().trim()}`);
  const tar = spawnSync('tar', ['-x', '-f', '-', '-C', dir], { input: archive.stdout });
  if (tar.status !== 0) throw new StudioError(`tar could not unpack the manual: ${tar.stderr.toString().trim()}`);
}

/**
 * Commits the version lock a build of the published copy wrote, when it differs from the one on
 * the branch: versions that came into force and contacts' new details are then locked in the
 * repository as npm run build locks them. Only while the branch is checked out and its lock file
 * is as committed; false when there was nothing to record.
 */
export function recordLock(repo: string, branch: string, lockPath: string, lockText: string): boolean {
  const committed = spawnSync('git', ['show', `${branch}:${lockPath}`], { cwd: repo, encoding: 'utf8' });
  if (committed.status === 0 && committed.stdout === lockText) return false;
  if (git(repo, ['rev-parse', '--abbrev-ref', 'HEAD']).trim() !== branch) return false;
  if (git(repo, ['status', '--porcelain', '--', lockPath]).trim() !== '') return false;
  writeFileSync(join(repo, lockPath), lockText);
  git(repo, ['add', '--', lockPath]);
  git(repo, ['commit', '-q', '-m', 'Record the versions now in force, and contacts\' details, in the version lock', '--', lockPath]);
  return true;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
};

async function waitFor(check: () => Promise<boolean>, what: string, ms = 30_000): Promise<void> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (await check().catch(() => false)) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new StudioError(`${what} did not start within ${ms / 1000} s`);
}

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolveBody, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolveBody(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

/** Starts the studio; resolves once the admin page can be opened. */
export async function startStudio(options: StudioOptions): Promise<Studio> {
  const log = options.log ?? (() => {});
  const repo = resolve(options.repo);
  const project = resolve(options.projectRoot ?? process.cwd());
  const branch = studioBranch(repo);
  const host = '127.0.0.1';
  const origin = `http://${host}:${options.port}`;
  const proxyPort = options.port + 1;
  const sitePort = options.port + 2;
  const siteUrl = `http://${host}:${sitePort}${options.settings.base.replace(/\/?$/, '/')}`;
  const backend: CmsBackend = { name: 'proxy', proxyUrl: `${origin}/api/v1`, branch };
  // One work folder per repository and port, outside the repository, so the proxy never commits it.
  const work = join(tmpdir(), `manual-studio-${createHash('sha256').update(`${repo}:${options.port}`).digest('hex').slice(0, 12)}`);
  mkdirSync(work, { recursive: true });
  // Two copies of what is published: one the configuration is read from, one the site is built
  // from, so that a publication while the site builds never changes the files under the build.
  const configCopy = join(work, 'config');
  const buildCopy = join(work, 'published');

  let cmsJson = '';
  const refreshConfig = () => {
    snapshot(repo, branch, options.contentDir, configCopy);
    const source = readManualSource(options.contentDir, configCopy);
    const { manual } = checkManual(source, { today: options.today, settings: options.settings, settingsFile: 'manual.config.ts', checkBodies: false });
    const texts = new Map([...source.procedureFiles, ...(source.pageFiles ?? [])].map((f) => [f.file, f.text]));
    const cms = buildCms({ manual, texts, contentDir: options.contentDir, settings: options.settings, today: options.today, backend, siteUrl });
    cmsJson = JSON.stringify(cms);
  };
  refreshConfig();
  const script = await bundleAdminScript();
  const styles = previewStyles(project);
  const decap = new Set(decapFiles());

  const children: ChildProcess[] = [];
  const proxy = spawn(process.execPath, [join(studioPackageDir('decap-server'), 'dist', 'index.js')], {
    env: { ...process.env, MODE: 'git', PORT: String(proxyPort), BIND_HOST: host, GIT_REPO_DIRECTORY: repo, ORIGIN: origin, LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  children.push(proxy);

  // One thing at a time in the repository: a save passed to the git proxy (which checks out a
  // draft's branch while it works), or the studio's own commit of the version lock.
  let gate: Promise<unknown> = Promise.resolve();
  function exclusive<T>(task: () => Promise<T>): Promise<T> {
    const run = gate.then(task, task);
    gate = run.catch(() => {});
    return run;
  }

  // The site preview: built from the published copy, served by npm run preview.
  const siteDir = join(work, 'site');
  let building: Promise<void> = Promise.resolve();
  let preview: ChildProcess | undefined;
  const buildSite = () => {
    // Each build waits for the one before: two builds of the same copy would be refused.
    building = building.catch(() => {}).then(
      () =>
        new Promise<void>((done, fail) => {
          log('Building the site preview...');
          snapshot(repo, branch, options.contentDir, buildCopy);
          const child = spawn(process.execPath, ['scripts/build.ts'], {
            cwd: project,
            env: { ...process.env, MANUAL_CONTENT_DIR: join(buildCopy, options.contentDir), MANUAL_DIST: siteDir, MANUAL_TODAY: options.today },
            stdio: ['ignore', 'ignore', 'inherit'],
          });
          children.push(child);
          child.on('exit', (code) => {
            if (code !== 0) return fail(new StudioError('The site preview could not be built: run npm run check to see why.'));
            if (!preview) {
              preview = spawn(process.execPath, ['scripts/preview.ts', '--port', String(sitePort), '--dir', siteDir], { cwd: project, stdio: ['ignore', 'ignore', 'inherit'] });
              children.push(preview);
            }
            log(`The site preview is ready at ${siteUrl}`);
            done();
          });
        }).then(() =>
          // The build locked what came into force: commit that lock, between two saves.
          exclusive(async () => {
            const lockPath = `${options.contentDir}/${LOCK_FILE}`;
            const built = join(buildCopy, lockPath);
            if (existsSync(built) && recordLock(repo, branch, lockPath, readFileSync(built, 'utf8'))) {
              log(`Recorded the published versions in ${lockPath}.`);
              refreshConfig();
            }
          }),
        ),
    );
    return building;
  };

  const send = (res: ServerResponse, status: number, type: string, body: string | Buffer, headers: Record<string, string> = {}) => {
    res.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff', 'Referrer-Policy': 'no-referrer', ...headers }).end(body);
  };

  const forward = (req: IncomingMessage, res: ServerResponse) => exclusive(() => forwardNow(req, res));
  const forwardNow = async (req: IncomingMessage, res: ServerResponse) => {
    const body = await readBody(req);
    let action = '';
    try {
      action = String((JSON.parse(body.toString('utf8')) as { action?: unknown }).action ?? '');
    } catch {
      // Not JSON: the proxy answers it.
    }
    await new Promise<void>((done) => {
      const upstream = request({ host, port: proxyPort, path: '/api/v1', method: req.method, headers: { ...req.headers, host: `${host}:${proxyPort}` } }, (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
        answer.on('error', () => done());
        answer.on('end', () => {
          // Publishing merged a draft into the branch: the published manual changed.
          if (action === 'publishUnpublishedEntry' && answer.statusCode === 200) {
            try {
              refreshConfig();
              void buildSite().catch((e: Error) => log(e.message));
            } catch (e) {
              log((e as Error).message);
            }
          }
          done();
        });
      });
      upstream.on('error', () => {
        send(res, 502, 'text/plain; charset=utf-8', 'The git proxy is not running.');
        done();
      });
      upstream.end(body);
    });
  };

  const server: Server = createServer((req, res) => {
    const { pathname } = new URL(req.url ?? '/', origin);
    if (pathname === '/api/v1') return void forward(req, res).catch(() => send(res, 500, 'text/plain; charset=utf-8', 'The save could not be passed on.'));
    if (pathname === '/' || pathname === '/admin') return send(res, 302, 'text/plain; charset=utf-8', '', { Location: '/admin/' });
    if (!pathname.startsWith('/admin/')) return send(res, 404, 'text/plain; charset=utf-8', 'Not found');
    const name = pathname.slice('/admin/'.length);
    if (name === '') return send(res, 200, TYPES['.html']!, adminPage(backend, options.settings.manualTitle), { 'Content-Security-Policy': adminPolicy(backend) });
    if (name === 'cms.js') return send(res, 200, TYPES['.js']!, script);
    if (name === 'cms.json') return send(res, 200, TYPES['.json']!, cmsJson);
    if (name === 'preview.css') return send(res, 200, TYPES['.css']!, styles);
    if (decap.has(name)) return send(res, 200, TYPES[extname(name)] ?? 'application/octet-stream', readFileSync(join(decapDir(), name)));
    return send(res, 404, 'text/plain; charset=utf-8', 'Not found');
  });

  const close = async () => {
    for (const child of children) if (child.exitCode === null) child.kill();
    await new Promise<void>((done) => server.close(() => done()));
  };
  try {
    await new Promise<void>((done, fail) => {
      server.once('error', (e: NodeJS.ErrnoException) => fail(new StudioError(e.code === 'EADDRINUSE' ? `Port ${options.port} is in use: start the studio with --port and another number.` : e.message)));
      server.listen(options.port, host, () => done());
    });
    await waitFor(async () => {
      const answer = await fetch(`http://${host}:${proxyPort}/api/v1`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ action: 'info' }) });
      return answer.ok;
    }, 'The git proxy');
  } catch (e) {
    await close();
    throw e;
  }
  void buildSite().catch((e: Error) => log(e.message));
  return { adminUrl: `${origin}/admin/`, siteUrl, siteReady: () => building, close };
}
