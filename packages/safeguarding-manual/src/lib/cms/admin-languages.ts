// The published site's admin page, for a manual edited in more than one language. Decap CMS's
// i18n names the English file <date>.en.mdx; the manual keeps it as <date>.mdx. In the studio,
// its server renames the files between the editor and the repository (studio-languages.ts). On
// the published site the editor talks to the git host (GitHub, GitLab) itself, so the admin
// page's script puts the same renaming between Decap CMS and the backend it talks through.
// Runs in the browser (the admin page's bundle).
import { repositoryName, toEditorNames, toRepositoryNames, type NamedLanguages } from './studio-languages.ts';

/** What Decap CMS keeps of a backend: how to make one for a configuration. */
interface BackendEntry {
  init: (...args: unknown[]) => object;
}

/** The part of Decap CMS's registry this needs. */
export interface BackendRegistry {
  getBackend(name: string): BackendEntry | undefined;
  registerBackend(name: string, backend: new (...args: unknown[]) => object): void;
}

const isPromise = (value: unknown): value is Promise<unknown> => value instanceof Promise;

/**
 * A backend whose every method takes the editor's file names as the repository has them and
 * answers with them as the editor expects: <date>.en.mdx in, <date>.mdx out, and back.
 */
export function withEditorNames<T extends object>(backend: T, names: NamedLanguages): T {
  return new Proxy(backend, {
    get(target, key) {
      const value: unknown = Reflect.get(target, key, target);
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) => {
        // A file is named in an argument of its own (getEntry(path)) or in a field of one (an entry's dataFiles).
        const named = args.map((arg) => (typeof arg === 'string' ? repositoryName(arg, names) : toRepositoryNames(arg, names)));
        const result: unknown = (value as (...a: unknown[]) => unknown).apply(target, named);
        return isPromise(result) ? result.then((answer) => toEditorNames(answer, names)) : toEditorNames(result, names);
      };
    },
  });
}

/**
 * Registers, beside the backend `name` (github, gitlab), the same backend with the manual's
 * file names, and returns the name to give Decap CMS's configuration.
 */
export function registerNamedBackend(cms: BackendRegistry, name: string, names: NamedLanguages): string {
  const original = cms.getBackend(name);
  if (!original) throw new Error(`Decap CMS has no backend named ${name}`);
  const named = `${name}-with-manual-names`;
  // Decap CMS makes a backend with `new`: a constructor that returns an object gives that object.
  const Named = function (...args: unknown[]) {
    return withEditorNames(original.init(...args), names);
  } as unknown as new (...args: unknown[]) => object;
  cms.registerBackend(named, Named);
  return named;
}
