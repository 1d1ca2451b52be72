// After a publication in npm run studio: the branch is sent to the repository's remote (the
// public site's repository) with fixed git arguments and the computer's stored credentials, and
// the person editing is told in plain words whether it went, or why not and what to do. With no
// remote, the publication stays on this computer, and the editor says so.
import { spawn } from 'node:child_process';
import { GIT_SAFETY } from './studio-proxy.ts';

/** What the editor shows after a publication. */
export interface SendNotice {
  /** sent: on its way to the public site; local: there is no public site to send to; failed: not sent, with what to do. */
  outcome: 'sent' | 'local' | 'failed';
  message: string;
}

export const SENT = 'Sent to the public site: it will show there within a few minutes.';
export const LOCAL_ONLY =
  'Published on this computer only: this copy of the manual is not connected to the public site. Whoever looks after the site can connect it (see "Sending to the public site" in docs/editing-in-the-browser.md).';
const NOT_SENT = 'Published on this computer, but not yet sent to the public site:';
const TRY_AGAIN = 'Your change is kept on this computer: press "Send again" once that is done.';

interface Run {
  status: number;
  output: string;
}

/** Runs git in `repo` without a terminal prompt; ssh may not ask either (BatchMode), unless set up otherwise. */
function git(repo: string, args: string[], timeoutMs = 120_000): Promise<Run> {
  return new Promise((resolve) => {
    const env = { ...process.env, ...GIT_SAFETY, GIT_SSH_COMMAND: process.env['GIT_SSH_COMMAND'] ?? 'ssh -o BatchMode=yes' };
    const child = spawn('git', args, { cwd: repo, env, stdio: ['ignore', 'pipe', 'pipe'], timeout: timeoutMs });
    let output = '';
    child.stdout.on('data', (c: Buffer) => (output += c.toString()));
    child.stderr.on('data', (c: Buffer) => (output += c.toString()));
    child.on('error', (e) => resolve({ status: 1, output: e.message }));
    child.on('close', (code) => resolve({ status: code ?? 1, output }));
  });
}

/** The remote and the branch there that `branch` is sent to: its upstream, else origin (or the only remote), same name. */
export async function sendTarget(repo: string, branch: string): Promise<{ remote: string; branch: string } | undefined> {
  const upstream = await git(repo, ['rev-parse', '--abbrev-ref', '--symbolic-full-name', `${branch}@{upstream}`]);
  const remotes = (await git(repo, ['remote'])).output.split('\n').filter(Boolean);
  if (upstream.status === 0) {
    const name = upstream.output.trim();
    const remote = remotes.find((r) => name.startsWith(`${r}/`));
    if (remote) return { remote, branch: name.slice(remote.length + 1) };
  }
  const remote = remotes.includes('origin') ? 'origin' : remotes.length === 1 ? remotes[0] : undefined;
  return remote === undefined ? undefined : { remote, branch };
}

/** Why a push or fetch failed, in words, from git's messages. */
export function failureWords(output: string): string {
  if (
    /could not resolve host|could not resolve hostname|connection refused|connection timed out|network is unreachable|timed out|unable to access|could not connect/i.test(
      output,
    )
  ) {
    return `${NOT_SENT} this computer could not reach it. Check that this computer is online. ${TRY_AGAIN}`;
  }
  if (
    /authentication failed|could not read username|could not read password|terminal prompts disabled|permission denied|access denied|403|401|host key verification failed/i.test(
      output,
    )
  ) {
    return `${NOT_SENT} it needs you to sign in, and this computer has no sign-in stored for it. Ask whoever looks after the site to store your sign-in on this computer (see "Signing in" in docs/editing-in-the-browser.md). ${TRY_AGAIN}`;
  }
  const reason =
    output
      .trim()
      .split('\n')
      .find((line) => /^(fatal|error|remote):/.test(line)) ??
    output.trim().split('\n')[0] ??
    '';
  return `${NOT_SENT} git said "${reason}". Show this message to whoever looks after the site. ${TRY_AGAIN}`;
}

/**
 * Someone else sent changes first: they are brought in when they touch other files, and the
 * push tried again. The version lock, which the public site's build records, is taken as the
 * public site has it (the next build here records the rest again). Any other file changed on
 * both sides stops it: the merge is undone and the files are named.
 */
async function bringInOthers(repo: string, target: { remote: string; branch: string }): Promise<string | undefined> {
  const fetched = await git(repo, ['fetch', '--quiet', '--', target.remote, `refs/heads/${target.branch}`]);
  if (fetched.status !== 0) return failureWords(fetched.output);
  const merged = await git(repo, ['merge', '--no-edit', '--quiet', 'FETCH_HEAD']);
  if (merged.status === 0) return undefined;
  const conflicted = (await git(repo, ['diff', '--name-only', '--diff-filter=U'])).output.split('\n').filter(Boolean);
  const others = conflicted.filter((f) => !/(^|\/)versions\.lock\.json$/.test(f));
  if (conflicted.length && !others.length) {
    await git(repo, ['checkout', '--theirs', '--', ...conflicted]);
    await git(repo, ['add', '--', ...conflicted]);
    const done = await git(repo, ['commit', '--no-edit', '--quiet']);
    if (done.status === 0) return undefined;
  }
  await git(repo, ['merge', '--abort']);
  return `${NOT_SENT} someone else changed the same ${others.length === 1 ? 'file' : 'files'} on the public site meanwhile (${others.join(', ') || 'see the terminal'}). Your change is kept on this computer. Ask whoever looks after the site to combine the two versions; nothing is lost.`;
}

/** Sends `branch` to the public site's repository, when there is one; says what happened. */
export async function sendToPublicSite(repo: string, branch: string): Promise<SendNotice> {
  const target = await sendTarget(repo, branch);
  if (!target) return { outcome: 'local', message: LOCAL_ONLY };
  const push = () => git(repo, ['push', '--quiet', '--', target.remote, `refs/heads/${branch}:refs/heads/${target.branch}`]);
  let pushed = await push();
  if (
    pushed.status !== 0 &&
    /\[rejected\]|non-fast-forward|fetch first|failed to push some refs/i.test(pushed.output) &&
    !/unable to access|denied/i.test(pushed.output)
  ) {
    const refused = await bringInOthers(repo, target);
    if (refused) return { outcome: 'failed', message: refused };
    pushed = await push();
  }
  if (pushed.status !== 0) return { outcome: 'failed', message: failureWords(pushed.output) };
  return { outcome: 'sent', message: SENT };
}
