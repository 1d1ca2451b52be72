// npm run studio: Decap CMS against the local repository, on 127.0.0.1 only. One server gives
// the admin page, to the page opened from the printed address only, and answers its requests
// with Decap's git proxy (decap-server in git mode, run in this process: drafts are cms/...
// branches, publishing merges one into the current branch), once each is checked; a second
// serves the site built from what is published, rebuilt after each publication. The
// configuration is made from a copy of the published files, never from the working tree the
// proxy checks branches out in. The first server is studio-server.ts, the checks of a request
// studio-api.ts; what is done with git is in studio-repository.ts.
import { spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { SiteSettings } from '../schemas/site.ts';
import { readManualSource } from '../content/source.ts';
import { checkManual } from '../check/validate.ts';
import { currentErrors } from '../authoring/proposed-change.ts';
import { studioSecret } from './studio-access.ts';
import { answerStudioRequest, type PublishedManual } from './studio-api.ts';
import { gitProxy } from './studio-proxy.ts';
import type { RequestContext } from './studio-requests.ts';
import { bundleAdminScript, decapFiles, previewStyles } from './admin-site.ts';
import { buildCms, editedLanguages, type CmsBackend } from './config.ts';
import { studioPackageDir } from './studio-packages.ts';
import { snapshot, studioBranch, StudioError } from './studio-repository.ts';
import { sendToPublicSite } from './studio-send.ts';
import { studioServer } from './studio-server.ts';

export interface StudioOptions {
  /** The repository to edit: usually the project's folder. */
  repo: string;
  /** The project whose build and preview scripts make the site preview (default: the current folder). */
  projectRoot?: string | undefined;
  /** The admin page's port; the site preview uses the one two after it. */
  port: number;
  today: string;
  contentDir: string;
  settings: SiteSettings;
  /** Progress messages. */
  log?: (message: string) => void;
}

export interface Studio {
  /** The admin page's address, with this start's key: the only way in. */
  adminUrl: string;
  /** The site preview's address. */
  siteUrl: string;
  /** Resolves when the site preview of what is published is built (again, after a publication). */
  siteReady(): Promise<void>;
  close(): Promise<void>;
}

/** Whether a child can be started in a process group of its own and stopped with it (not on Windows). */
const GROUPS = process.platform !== 'win32';

/** Stops a child the studio started, with its process group when it has one. */
function stopChild(child: ChildProcess): void {
  if (GROUPS && child.pid) {
    try {
      process.kill(-child.pid, 'SIGTERM');
      return;
    } catch {
      // Not a group leader (the preview): stopped on its own below.
    }
  }
  child.kill();
}

/** Starts the studio; resolves once the admin page can be opened. */
export async function startStudio(options: StudioOptions): Promise<Studio> {
  const log = options.log ?? (() => {});
  const repo = resolve(options.repo);
  const project = resolve(options.projectRoot ?? process.cwd());
  const branch = studioBranch(repo);
  const host = '127.0.0.1';
  const origin = `http://${host}:${options.port}`;
  const sitePort = options.port + 2;
  const siteUrl = `http://${host}:${sitePort}${options.settings.base.replace(/\/?$/, '/')}`;
  const secret = studioSecret();
  const backend: CmsBackend = { name: 'proxy', proxyUrl: `${origin}/api/v1`, branch };
  // One work folder per repository and port, outside the repository, so the proxy never commits it.
  const work = join(tmpdir(), `manual-studio-${createHash('sha256').update(`${repo}:${options.port}`).digest('hex').slice(0, 12)}`);
  mkdirSync(work, { recursive: true });
  // Two copies of what is published: one the configuration is read from, one the site is built
  // from, so that a publication while the site builds never changes the files under the build.
  const configCopy = join(work, 'config');
  const buildCopy = join(work, 'published');

  const checkOptions = { today: options.today, settings: options.settings, settingsFile: 'manual.config.ts' };
  let cmsJson = '';
  let published: PublishedManual | undefined;
  const collections = new Map<string, string>();
  let publishedFiles = new Set<string>();
  const refreshConfig = () => {
    snapshot(repo, branch, options.contentDir, configCopy);
    const source = readManualSource(options.contentDir, configCopy);
    const { manual } = checkManual(source, { ...checkOptions, checkBodies: false });
    const texts = new Map([...source.procedureFiles, ...(source.pageFiles ?? [])].map((f) => [f.file, f.text]));
    const cms = buildCms({ manual, texts, contentDir: options.contentDir, settings: options.settings, today: options.today, backend, siteUrl });
    cmsJson = JSON.stringify(cms);
    published = { source, errors: currentErrors(source, checkOptions) };
    collections.clear();
    for (const c of cms.config['collections'] as { name: string; folder: string }[]) collections.set(c.name, c.folder);
    // Published: what a build of the public site has recorded in the version lock. Until then a
    // version, even one in force today, can still be corrected or deleted here.
    publishedFiles = new Set(cms.manual.locked);
  };
  refreshConfig();
  const script = await bundleAdminScript();
  const styles = previewStyles(project);
  const decap = new Set(decapFiles());

  const children: ChildProcess[] = [];
  studioPackageDir('decap-server');
  const proxy = await gitProxy(repo);
  const context: RequestContext = {
    repo,
    branch,
    contentDir: options.contentDir,
    collections,
    isPublished: (path) => publishedFiles.has(path),
    otherLanguages: editedLanguages(options.settings)?.slice(1),
  };

  // One thing at a time in the repository: a save passed to the git proxy (which checks out a
  // draft's branch while it works), or sending the branch to the public site.
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
  /** Set when the studio stops: a build waiting for the one before it does not start. */
  let stopping = false;
  const buildSite = () => {
    // Each build waits for the one before: two builds of the same copy would be refused.
    building = building
      .catch(() => {})
      .then(
        () =>
          new Promise<void>((done, fail) => {
            if (stopping) return done();
            log('Building the site preview...');
            snapshot(repo, branch, options.contentDir, buildCopy);
            const child = spawn(process.execPath, ['scripts/build.ts'], {
              cwd: project,
              // Astro's cache lives with the preview: each rebuild renders only the pages whose keys changed (src/lib/build/cache-keys.ts).
              env: {
                ...process.env,
                MANUAL_CONTENT_DIR: join(buildCopy, options.contentDir),
                MANUAL_DIST: siteDir,
                MANUAL_TODAY: options.today,
                MANUAL_ASTRO_CACHE: join(work, 'astro-cache'),
              },
              stdio: ['ignore', 'ignore', 'inherit'],
              // In a process group of its own, which the studio stops as one: the build waits for
              // Astro without reading signals, and Astro has children of its own.
              detached: GROUPS,
            });
            children.push(child);
            child.on('exit', (code) => {
              if (stopping) return done();
              if (code !== 0) return fail(new StudioError('The site preview could not be built: run npm run check to see why.'));
              if (!preview) {
                preview = spawn(process.execPath, ['scripts/preview.ts', '--port', String(sitePort), '--dir', siteDir], {
                  cwd: project,
                  stdio: ['ignore', 'ignore', 'inherit'],
                });
                children.push(preview);
              }
              log(`The site preview is ready at ${siteUrl}`);
              done();
            });
          }),
      );
    return building;
  };

  const server = studioServer({
    origin,
    access: { port: options.port, secret },
    backend,
    manualTitle: options.settings.manualTitle,
    script,
    styles,
    decap,
    cmsJson: () => cmsJson,
    exclusive,
    send: () => sendToPublicSite(repo, branch),
    api: (body) => answerStudioRequest(body, { context, check: checkOptions, published: () => published!, proxy }),
    published: () => {
      try {
        refreshConfig();
        void buildSite().catch((e: Error) => log(e.message));
      } catch (e) {
        log((e as Error).message);
      }
    },
  });

  // Stopping waits for the builds and the preview it started to stop: nothing is left reading the manual.
  const close = async () => {
    stopping = true;
    const running = children.filter((child) => child.exitCode === null && child.signalCode === null);
    const stopped = running.map((child) => new Promise<void>((done) => child.once('exit', () => done())));
    for (const child of running) stopChild(child);
    await Promise.all([...stopped, new Promise<void>((done) => server.close(() => done()))]);
  };
  try {
    await new Promise<void>((done, fail) => {
      server.once('error', (e: NodeJS.ErrnoException) =>
        fail(new StudioError(e.code === 'EADDRINUSE' ? `Port ${options.port} is in use: start the studio with --port and another number.` : e.message)),
      );
      server.listen(options.port, host, () => done());
    });
  } catch (e) {
    await close();
    throw e;
  }
  void buildSite().catch((e: Error) => log(e.message));
  return { adminUrl: `${origin}/admin/?key=${secret}`, siteUrl, siteReady: () => building, close };
}
