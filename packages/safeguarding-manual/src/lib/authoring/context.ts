// The manual a command works on, and how a command finds a chapter in it and names the file of
// a new version.
import type { Manual, ManualSource } from '../content/manual.ts';
import type { SiteSettings } from '../schemas/site.ts';
import type { ManualDocument, Collection } from '../content/versions.ts';
import type { Refusal } from './plan.ts';

/** The manual a command works on. */
export interface AuthoringContext {
  manual: Manual;
  /** The content folder, relative to the project root, such as src/content. */
  contentDir: string;
  /** Chapter folders on disk, including any whose versions could not be read. */
  chapterFolders: ReadonlySet<string>;
  /** The text of every version file (chapters and information pages), by path. */
  texts: ReadonlyMap<string, string>;
  /** The day the command runs (MANUAL_TODAY, or today in the UK): a new version takes effect on or after it. */
  today?: string | undefined;
  /** Versions taking effect on or after this date must record who approved them (the setting signOffRequiredFrom). */
  signOffRequiredFrom?: string | undefined;
}

/** The context for a command, from the manual's files and the manual checked from them. */
export function authoringContext(source: ManualSource, manual: Manual, settings?: Pick<SiteSettings, 'signOffRequiredFrom'>, today?: string): AuthoringContext {
  const prefix = `${source.contentDir}/procedures/`;
  return {
    manual,
    today,
    signOffRequiredFrom: settings?.signOffRequiredFrom,
    contentDir: source.contentDir,
    chapterFolders: new Set(source.procedureFiles.map((f) => f.file.slice(prefix.length).split('/')[0] ?? '')),
    texts: new Map([...source.procedureFiles, ...(source.pageFiles ?? [])].map((f) => [f.file, f.text])),
  };
}

/** Finds the chapter (or information page), or says why it cannot be used. */
export function findChapter(ctx: AuthoringContext, id: string): ManualDocument | Refusal {
  const chapter = ctx.manual.chapters.find((c) => c.id === id);
  const page = ctx.manual.pages.find((p) => p.id === id);
  if (chapter && page) {
    return {
      problem: `${id} is the id of both a chapter and an information page, so the command cannot tell which you mean`,
      fix: `rename the information page's folder (${ctx.contentDir}/pages/${id}) before its first version is published, or ask for help: npm run check reports it too`,
    };
  }
  if (chapter ?? page) return (chapter ?? page)!;
  if (ctx.chapterFolders.has(id)) {
    return { problem: `chapter ${id} has no version that can be read`, fix: 'run npm run check and fix the problems it reports in that chapter first' };
  }
  const close = ctx.manual.chapters.map((c) => c.id).filter((c) => c.includes(id) || id.includes(c));
  return {
    problem: `there is no chapter ${id}`,
    fix: close.length ? `did you mean ${close.slice(0, 3).join(', ')}?` : `use the name of a folder in ${ctx.contentDir}/procedures`,
  };
}

/** The file of a version dated `date`, relative to the project root. */
export function versionPath(ctx: AuthoringContext, id: string, date: string, collection: Collection = 'procedures'): string {
  return `${ctx.contentDir}/${collection}/${id}/${date}.mdx`;
}
