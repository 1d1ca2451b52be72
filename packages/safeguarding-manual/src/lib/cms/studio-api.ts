// The studio's answer to one request of the editor: the request is checked and rebuilt
// (studio-requests.ts); a write (a save, a status change, a publication, a deletion) is then
// checked by the check's own rules on the manual as it would be once published, and refused
// with the problems in plain words; only then does Decap's git proxy carry it out.
import { LOCK_FILE } from '../history/lock.ts';
import { lockOf, parseLockFile } from '../history/lock-file.ts';
import type { CheckOptions, ManualSource } from '../content/manual.ts';
import type { Problem } from '../check/problems.ts';
import { checkProposedChange, isMissingSignOff as missingSignOff, type ProposedChange } from '../authoring/proposed-change.ts';
import { correctedLockFile, correctionReason, CorrectionRefused, draftReasons, type WrittenFile } from './studio-corrections.ts';
import { writablePath } from './studio-paths.ts';
import { LOCAL_TEXTS, NEW_DOCUMENTS } from './model.ts';
import { checkedRequest, RequestRefused, type RequestContext } from './studio-requests.ts';
import { toEditorNames, toRepositoryNames } from './studio-languages.ts';
import { draftFiles, uncommitted } from './studio-repository.ts';
import type { ProxyAnswer } from './studio-proxy.ts';

/** The manual as published, and the errors it has already. */
export interface PublishedManual {
  source: ManualSource;
  errors: ReadonlySet<string>;
}

export interface StudioApiOptions {
  context: RequestContext;
  check: CheckOptions;
  /** The manual as published now. */
  published: () => PublishedManual;
  /** Decap's git proxy, given the files the request may write or delete. */
  proxy: (body: unknown, files: readonly string[]) => Promise<ProxyAnswer>;
}

/** A problem as the editor shows it: the field it names, and what to do. */
export interface RefusedProblem {
  file: string;
  field: string;
  message: string;
  fix: string;
}

/** The first words of a refusal, by what was refused. */
function refusalLead(action: string, params: Record<string, unknown> = {}): string {
  if (action === 'updateUnpublishedEntryStatus') return params['newStatus'] === 'pending_publish' ? 'Not set to Ready' : 'The status was not changed';
  if (action === 'publishUnpublishedEntry') return 'Not published';
  if (action === 'deleteFiles' || action === 'deleteUnpublishedEntry') return 'Not deleted';
  return 'Not saved';
}

/** The words of a refusal: every problem, with its fix. */
function refusalText(problems: readonly Problem[], lead = 'Not saved'): string {
  return `${lead}, as the manual would then have ${problems.length === 1 ? 'a problem' : `${problems.length} problems`}: ${problems
    .map((p) => `${p.field}: ${p.message} (${p.fix})`)
    .join('; ')}`;
}

function draftBranch(params: Record<string, unknown>): string {
  return `cms/${String(params['collection'])}/${String(params['slug'])}`;
}

/** The lock a draft carries, and the reasons of the corrections it records. */
function draftLock(draft: { write: { path: string; content: Buffer }[] }, source: ManualSource): { file?: Buffer; reasons: Map<string, string> } {
  const path = `${source.contentDir}/${LOCK_FILE}`;
  const file = draft.write.find((f) => f.path === path)?.content;
  return { ...(file ? { file } : {}), reasons: file ? draftReasons(lockOf(source), parseLockFile(path, file.toString('utf8'))) : new Map<string, string>() };
}

/**
 * The change a write would make to the published manual; undefined for a request that writes
 * nothing there. A save that changes a version the public site recorded also writes the lock
 * with the correction recorded (added to the save's files); a draft to publish must carry
 * exactly that lock.
 */
function changeOf(action: string, params: Record<string, unknown>, options: StudioApiOptions): ProposedChange | undefined {
  const { context } = options;
  const { source } = options.published();
  const lockPath = `${context.contentDir}/${LOCK_FILE}`;
  switch (action) {
    case 'persistEntry': {
      const settings = params['options'] as { collectionName: string };
      const files = params['dataFiles'] as { slug: string; path: string; raw: string }[];
      const draft = draftFiles(context.repo, context.branch, `cms/${settings.collectionName}/${files[0]!.slug}`);
      const assets = params['assets'] as { path: string; content: string }[];
      const written = new Map<string, string | Uint8Array>(draft.write.filter((f) => f.path !== lockPath).map((f) => [f.path, f.content]));
      // A new chapter, page or local text the editor saved as <id>/<date>-1, having found <id>/<date> taken, is checked where it would go.
      const placed = (path: string) => (renamesTaken(settings.collectionName) ? path.replace(TAKEN_SLUG, '$1.mdx') : path);
      for (const f of files) written.set(placed(f.path), f.raw);
      for (const a of assets) written.set(a.path, Buffer.from(a.content, 'base64'));
      const earlier = draftLock(draft, source);
      const reason = typeof params['correction'] === 'string' ? correctionReason(params['correction']) : undefined;
      delete params['correction'];
      const created = params['newEntry'] === true ? files.map((f) => placed(f.path)) : [];
      // An entry of the new chapter or new page list starts a chapter or page, saved for the first time or not.
      const started = NEW_DOCUMENTS.has(settings.collectionName) ? files.map((f) => placed(f.path)).filter(isVersionFile) : [];
      delete params['newEntry'];
      const lock = correctedLockFile(source, toFiles(written), reason, earlier.reasons, options.check.today);
      // The lock goes with the draft, or, once the draft corrects nothing, back to the published one.
      const lockText = lock ? String(lock.content) : earlier.file && source.lockFile?.text;
      if (lockText !== undefined) {
        files.push({ slug: files[0]!.slug, path: lockPath, raw: lockText });
        written.set(lockPath, lockText);
      }
      return { write: toFiles(written), remove: draft.remove.filter((p) => !written.has(p)), create: created, start: started };
    }
    case 'updateUnpublishedEntryStatus':
    case 'publishUnpublishedEntry': {
      // A draft's branch could have been made outside the editor: it publishes only files the editor may write.
      const draft = draftFiles(context.repo, context.branch, draftBranch(params));
      const others = draft.write.filter((f) => f.path !== lockPath);
      for (const path of [...others.map((f) => f.path), ...draft.remove]) writablePath(path, context, undefined, draft.remove.includes(path) ? false : true);
      const carried = draftLock(draft, source);
      const lock = correctedLockFile(source, others, undefined, carried.reasons, options.check.today);
      if ((lock ? String(lock.content) : source.lockFile?.text) !== (carried.file ? carried.file.toString('utf8') : source.lockFile?.text)) {
        throw new CorrectionRefused(
          `${refusalLead(action, params)}: the version lock changed since this draft was saved, so its correction must be recorded again. Open the draft and save it again.`,
        );
      }
      return NEW_DOCUMENTS.has(String(params['collection'])) ? { ...draft, start: others.map((f) => f.path).filter(isVersionFile) } : draft;
    }
    case 'deleteFiles':
      return { write: [], remove: params['paths'] as string[] };
    default:
      return undefined;
  }
}

/** The name the editor gives a new entry whose slug <id>/<date> it found taken. */
const TAKEN_SLUG = /(\d{4}-\d{2}-\d{2})-\d{1,3}\.mdx$/;

/** The lists whose new entries are named by a path the editor makes (<id>/<date>, <chapter-id>/<point>/<date>), and renames when it finds it taken. */
const renamesTaken = (collection: string) => NEW_DOCUMENTS.has(collection) || collection === LOCAL_TEXTS;

/** A version file in the manual's main language, <date>.mdx (its translations are <date>.<language>.mdx). */
const isVersionFile = (path: string) => /\/\d{4}-\d{2}-\d{2}\.mdx$/.test(path);

function toFiles(written: ReadonlyMap<string, string | Uint8Array>): WrittenFile[] {
  return [...written].map(([path, content]) => ({ path, content }));
}

/** Where the draft is going: sign-off is needed once it is set to Ready, and to publish it; not before. */
function needsSignOff(action: string, params: Record<string, unknown>): boolean {
  if (action === 'publishUnpublishedEntry') return true;
  if (action === 'updateUnpublishedEntryStatus') return params['newStatus'] === 'pending_publish';
  if (action === 'persistEntry') return (params['options'] as { status?: unknown }).status === 'pending_publish';
  return true;
}

/** The sign-off problem's fix says when it is needed. */
const SIGN_OFF_WHEN = 'a draft can be saved without who approved it, but it is needed to set the draft to Ready and to publish it';

const WRITES = new Set(['persistEntry', 'updateUnpublishedEntryStatus', 'publishUnpublishedEntry', 'deleteFiles', 'deleteUnpublishedEntry']);

/** Answers one request to /api/v1. Call it one request at a time. */
export async function answerStudioRequest(body: unknown, options: StudioApiOptions): Promise<ProxyAnswer> {
  let request: ReturnType<typeof checkedRequest>;
  try {
    request = checkedRequest(toRepositoryNames(body, options.context), options.context);
  } catch (e) {
    if (e instanceof RequestRefused) return { status: e.status, body: { error: e.message } };
    throw e;
  }
  if (WRITES.has(request.action)) {
    // The proxy commits whatever the work tree holds: it must hold nothing but this write.
    const stray = uncommitted(options.context.repo);
    if (stray.length) {
      return {
        status: 409,
        body: {
          error: `Not saved: the repository has changes that are not committed (${stray.slice(0, 5).join(', ')}). Commit them or put them aside (git stash -u), then save again.`,
        },
      };
    }
    let change: ProposedChange | undefined;
    try {
      change = changeOf(request.action, request.params ?? {}, options);
    } catch (e) {
      if (e instanceof RequestRefused) return { status: e.status, body: { error: e.message } };
      if (e instanceof CorrectionRefused) return { status: 403, body: { error: e.message } };
      throw e;
    }
    if (change) {
      const { source, errors } = options.published();
      const signOff = needsSignOff(request.action, request.params ?? {});
      const problems = checkProposedChange(source, change, options.check, errors)
        .filter((p) => signOff || !missingSignOff(p))
        .map((p) => (missingSignOff(p) ? { ...p, fix: `${p.fix}; ${SIGN_OFF_WHEN}` } : p));
      const renamed = request.action === 'persistEntry' && (request.params?.['dataFiles'] as { path: string }[]).some((f) => TAKEN_SLUG.test(f.path));
      if (!problems.length && renamed) {
        const local = (request.params?.['options'] as { collectionName?: string } | undefined)?.collectionName === LOCAL_TEXTS;
        const error = local
          ? 'Not saved: a local text is saved as <chapter-id>/<extension-point>/<date>.mdx. Give it another date.'
          : 'Not saved: a new chapter or page is saved as <id>/<date>.mdx. Give it another id, or another date.';
        return { status: 422, body: { error } };
      }
      if (problems.length) {
        const lead = refusalLead(request.action, request.params ?? {});
        const shown: RefusedProblem[] = problems.map(({ file, field, message, fix }) => ({ file, field, message, fix }));
        return { status: 422, body: { error: refusalText(problems, lead), lead, problems: shown } };
      }
    }
  }
  const answer = await options.proxy(request, namedFiles(request.action, request.params ?? {}, options.context));
  return toEditorNames(request.action === 'unpublishedEntry' ? withoutLock(answer, `${options.context.contentDir}/${LOCK_FILE}`) : answer, options.context);
}

/**
 * A draft as the editor shows it: without the version lock, which a correction adds to the
 * draft. The editor never reads or writes the lock; the studio writes it with every save.
 */
function withoutLock(answer: ProxyAnswer, lockPath: string): ProxyAnswer {
  const body = answer.body as { diffs?: unknown } | null;
  if (answer.status !== 200 || !body || !Array.isArray(body.diffs)) return answer;
  const diffs = (body.diffs as { path?: unknown; newPath?: unknown }[]).filter((d) => d.path !== lockPath && d.newPath !== lockPath);
  return { ...answer, body: { ...body, diffs } };
}

/**
 * The files a request writes or deletes, which git stages by name: a save's entry and uploads,
 * and the uploads an earlier save of its draft added that it no longer has (the proxy removes
 * them); a deletion's files. Nothing for a request that commits nothing in the work tree.
 */
function namedFiles(action: string, params: Record<string, unknown>, context: RequestContext): string[] {
  if (action === 'deleteFiles') return params['paths'] as string[];
  if (action !== 'persistEntry') return [];
  const options = params['options'] as { collectionName: string };
  const files = (params['dataFiles'] as { slug: string; path: string }[]).map((f) => f.path);
  const assets = (params['assets'] as { path: string }[]).map((a) => a.path);
  const draft = draftFiles(context.repo, context.branch, `cms/${options.collectionName}/${(params['dataFiles'] as { slug: string }[])[0]!.slug}`);
  return [...files, ...assets, ...draft.write.map((f) => f.path).filter((p) => p.startsWith(`${context.contentDir}/media/`) && !assets.includes(p))];
}
