// The studio's refusals, shown to the person editing: when the studio refuses a write with the
// problems the check found (studio-api.ts), each problem is shown beside the field it names,
// and the message Decap CMS shows names the fields by their labels in the form. The rules are
// the server's; this only places their words. A problem in a version's text in another language
// (<date>.cy.mdx) is placed in that language's side of the form. Runs in the browser (the admin
// page's bundle).
import { fileLanguage, isLanguage, LANGUAGE_IN_ENGLISH } from '../languages.ts';

/** A problem as the studio answers it. */
export interface ShownProblem {
  /** The file it is in, relative to the repository. */
  file?: string | undefined;
  field: string;
  message: string;
  fix: string;
}

interface FieldConfig {
  name: string;
  label?: string;
  fields?: FieldConfig[];
  field?: FieldConfig;
}

interface Collection {
  name: string;
  fields: FieldConfig[];
}

const ORDINALS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth'];
const PROBLEM_CLASS = 'studio-problem';

/**
 * The labels of a collection's fields, by field name, nested fields included (the first label
 * wins). The fields of a contact's words in another language are named under its code: cy.notes.
 */
export function fieldLabels(fields: readonly FieldConfig[], labels = new Map<string, string>(), scope = ''): Map<string, string> {
  for (const f of fields) {
    if (f.label && !labels.has(scope + f.name)) labels.set(scope + f.name, f.label);
    const inner = isLanguage(f.name) ? `${f.name}.` : scope;
    if (f.fields) fieldLabels(f.fields, labels, inner);
    if (f.field) fieldLabels([f.field], labels, inner);
  }
  return labels;
}

/**
 * The form's words for the fields problems name: the labels, a new chapter's or page's id, which
 * the check calls id and the form "Chapter id" or "Page id", and a local text's place.
 */
export function problemLabels(fields: readonly FieldConfig[]): Map<string, string> {
  const labels = fieldLabels(fields);
  const idLabel = labels.get('id') ?? labels.get('chapter') ?? labels.get('page');
  if (idLabel) labels.set('id', idLabel);
  // A local text's place, which the check calls its extension point (or its chapter id, for a chapter the manual does not have).
  const placeLabel = labels.get('place');
  if (placeLabel) for (const field of ['extension point', 'chapter id']) labels.set(field, placeLabel);
  return labels;
}

/**
 * Where a problem's field is in the form: the field's own name and which of the form's fields
 * with that label it is. "number of the second phone" is the second "Number"; "summary" the first "Summary".
 */
export function fieldTarget(field: string, labels: ReadonlyMap<string, string>): { label: string; index: number } | undefined {
  // A field the check names in more than one word, such as "extension point".
  const whole = labels.get(field);
  if (whole) return { label: whole, index: 0 };
  // "notes of cy": the notes among the contact's Welsh words.
  const within = / of ([a-z]{2})$/.exec(field);
  const scope = within && isLanguage(within[1]!) ? `${within[1]}.` : '';
  const match = /^(\S+)(?: of the (\S+) )?/.exec(scope ? field.slice(0, -within![0].length) : field);
  const label = match && labels.get(scope + match[1]!);
  if (!label) return undefined;
  const index = match[2] ? ORDINALS.indexOf(match[2]) : 0;
  return { label, index: Math.max(index, 0) };
}

/**
 * The language of the text a problem is in, when it is a version's text in another language
 * (2026-12-04.cy.mdx): its name in English, as the editor's other words are.
 */
export function problemLanguage(problem: ShownProblem): string | undefined {
  const found = problem.file && fileLanguage(problem.file.slice(problem.file.lastIndexOf('/') + 1));
  return found && isLanguage(found.language) ? LANGUAGE_IN_ENGLISH[found.language] : undefined;
}

/**
 * The field of the form a problem belongs beside. In a text in another language, a missing file
 * is shown beside its title, and a structure that differs from the English (headings, links,
 * contacts, areas, resources) beside its text.
 */
export function problemField(problem: ShownProblem): string {
  if (!problemLanguage(problem)) return problem.field;
  if (problem.field === 'file') return 'title';
  return ['headings', 'links', 'contacts', 'areas', 'resources'].includes(problem.field) ? 'body' : problem.field;
}

/** The refusal's message with the fields named by their labels, as the form shows them. */
export function labelledText(problems: readonly ShownProblem[], labels: ReadonlyMap<string, string>, lead = 'Not saved'): string {
  const words = problems.map((p) => {
    const language = problemLanguage(p);
    const target = fieldTarget(problemField(p), labels);
    const where = target ? `"${target.label}"${target.index ? ` (the ${ORDINALS[target.index]})` : ''}${language ? ` in ${language}` : ''}` : p.field;
    return `${where}: ${p.message}; ${p.fix}`;
  });
  return `${lead}. ${words.join(' \u2022 ')}`;
}

function collectionOf(body: unknown): string | undefined {
  const params = (body as { params?: { collection?: unknown; options?: { collectionName?: unknown } } } | undefined)?.params;
  const name = params?.options?.collectionName ?? params?.collection;
  return typeof name === 'string' ? name : undefined;
}

/** Removes the problems shown in the open form. */
function clearFields(): void {
  for (const old of document.querySelectorAll(`.${PROBLEM_CLASS}`)) old.remove();
}

/** Puts each problem under the label of its field in the open form; earlier ones are removed first. */
function markFields(problems: readonly ShownProblem[], labels: ReadonlyMap<string, string>): void {
  clearFields();
  for (const problem of problems) {
    const language = problemLanguage(problem);
    const target = fieldTarget(problemField(problem), labels);
    if (!target) continue;
    // Decap CMS adds "(optional)" to the label of a field that may be left empty; a field it
    // hides (one written in English only, on the other language's side) is left out.
    const matching = [...document.querySelectorAll('label')].filter((l) => {
      const shown = l.textContent.trim();
      return shown === target.label || shown.startsWith(`${target.label} (`);
    });
    // Side by side, the English form comes first, the other language's second.
    const label = language ? matching.filter((l) => l.getClientRects().length > 0).at(-1) : (matching[target.index] ?? matching[0]);
    if (!label) continue;
    const note = document.createElement('p');
    note.className = PROBLEM_CLASS;
    note.setAttribute('role', 'alert');
    Object.assign(note.style, { color: '#a4000f', fontWeight: 'bold', margin: '0.25rem 0 0.5rem' });
    note.textContent = `${language ? `In ${language}: ` : ''}${problem.message}; ${problem.fix}`;
    label.insertAdjacentElement('afterend', note);
  }
}

/** The git proxy's actions that write a version: a save, a change of status, a publication. */
const WRITES = new Set(['persistEntry', 'updateUnpublishedEntryStatus', 'publishUnpublishedEntry']);

/** Watches the editor's requests to the studio: a refused write's problems are shown beside their fields. */
export function showRefusalsBesideFields(collections: readonly Collection[]): void {
  const original = window.fetch.bind(window);
  window.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    const response = await original(input, init);
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const sent = init?.body;
    if (!url.endsWith('/api/v1') || typeof sent !== 'string') return response;
    // A write that went through: the problems of an earlier refusal no longer hold.
    if (response.ok && WRITES.has((JSON.parse(sent) as { action?: unknown }).action as string)) clearFields();
    if (response.status !== 422) return response;
    const answer = (await response
      .clone()
      .json()
      .catch(() => undefined)) as { problems?: ShownProblem[]; lead?: string } | undefined;
    if (!answer?.problems?.length) return response;
    const collection = collections.find((c) => c.name === collectionOf(JSON.parse(sent)));
    const labels = problemLabels(collection?.fields ?? []);
    markFields(answer.problems, labels);
    return new Response(JSON.stringify({ ...answer, error: labelledText(answer.problems, labels, answer.lead) }), {
      status: response.status,
      headers: response.headers,
    });
  };
}
