// Decap's git proxy (decap-server in git mode), run inside the studio's own process instead of
// as a server of its own: nothing but the studio's checked requests can reach it, as it listens
// on no port. Its git runs with the repository's hooks and file monitor turned off, whatever the
// repository's settings say.
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

/** Loads decap-server's git middleware for `repo`; resolves to a function that answers one request. */
export async function gitProxy(repo: string): Promise<(body: unknown) => Promise<ProxyAnswer>> {
  Object.assign(process.env, GIT_SAFETY);
  const require = createRequire(join(studioPackageDir('decap-server'), 'package.json'));
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
  return (body) =>
    new Promise<ProxyAnswer>((resolve, reject) => {
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
