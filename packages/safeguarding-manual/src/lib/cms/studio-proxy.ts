// Decap's git proxy (decap-server in git mode), run inside the studio's own process instead of
// as a server of its own: nothing but the studio's checked requests can reach it, as it listens
// on no port. Its git runs with the repository's hooks and file monitor turned off, whatever the
// repository's settings say, and its `git add .` stages only the files the request names.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { studioPackageDir } from './studio-packages.ts';

/** An answer of the proxy: its HTTP status and JSON body. */
export interface ProxyAnswer {
  status: number;
  body: unknown;
}

type Handler = (req: { body: unknown }, res: ProxyResponse, next?: () => void) => unknown;
interface ProxyResponse {
  status(code: number): ProxyResponse;
  json(value: unknown): ProxyResponse;
}

/**
 * Settings git reads from the environment, above the repository's own (git config's
 * "command line" scope): no hooks, no file monitor, no signing prompts.
 */
export const GIT_SAFETY: Record<string, string> = {
  GIT_CONFIG_COUNT: '3',
  GIT_CONFIG_KEY_0: 'core.hooksPath',
  GIT_CONFIG_VALUE_0: '/dev/null',
  GIT_CONFIG_KEY_1: 'core.fsmonitor',
  GIT_CONFIG_VALUE_1: 'false',
  GIT_CONFIG_KEY_2: 'commit.gpgsign',
  GIT_CONFIG_VALUE_2: 'false',
  GIT_TERMINAL_PROMPT: '0',
};

type Add = (this: unknown, files: string | string[], ...rest: unknown[]) => unknown;

/** The files (named by the request, in the repository) that exist or that git tracks: the ones `git add` may name. */
function stageable(repo: string, files: readonly string[]): string[] {
  if (!files.length) return [];
  const tracked = spawnSync('git', ['ls-files', '-z', '--', ...files], { cwd: repo, encoding: 'utf8' }).stdout.split('\0');
  return files.filter((f) => existsSync(join(repo, f)) || tracked.includes(f));
}

/**
 * Loads decap-server's git middleware for `repo`; resolves to a function that answers one
 * request, given the files it may write or delete (the only ones git then stages).
 */
export async function gitProxy(repo: string): Promise<(body: unknown, files: readonly string[]) => Promise<ProxyAnswer>> {
  Object.assign(process.env, GIT_SAFETY);
  const require = createRequire(join(studioPackageDir('decap-server'), 'package.json'));
  // The proxy commits with `git add .`: it stages the request's own files instead, by name.
  let named: readonly string[] = [];
  const simpleGit = require('simple-git') as (dir: string) => object;
  const git = Object.getPrototypeOf(simpleGit(repo)) as { add: Add };
  const add = git.add;
  git.add = function (files, ...rest) {
    return add.call(this, files === '.' ? ['--', ...stageable(repo, named)] : files, ...rest);
  };
  const { registerLocalGit } = require('./dist/middlewares.js') as { registerLocalGit: (app: unknown, options: { logLevel: string }) => Promise<void> };
  const handlers: Handler[] = [];
  const app = { use: () => app, post: (_path: string, handler: Handler) => handlers.push(handler) };
  const saved = process.env['GIT_REPO_DIRECTORY'];
  process.env['GIT_REPO_DIRECTORY'] = repo;
  try {
    await registerLocalGit(app, { logLevel: 'warn' });
  } finally {
    if (saved === undefined) delete process.env['GIT_REPO_DIRECTORY'];
    else process.env['GIT_REPO_DIRECTORY'] = saved;
  }
  const [validate, handle] = handlers as [Handler, Handler];
  return (body, files) =>
    new Promise<ProxyAnswer>((resolve, reject) => {
      named = files;
      let status = 200;
      const res: ProxyResponse = {
        status: (code) => {
          status = code;
          return res;
        },
        json: (value) => {
          resolve({ status, body: value });
          return res;
        },
      };
      const req = { body };
      validate(req, res, () => void Promise.resolve(handle(req, res)).catch(reject));
    });
}
