// The search page in the browser: runs Pagefind's JavaScript API in the page (no web worker,
// no Pagefind UI), draws the filters as groups of checkboxes and the results as a list, runs the
// query in the address (/search/?q=...) and keeps the address in step with what is typed, so
// that a result link, a bookmark and the back button all return to the same search. Pages are
// ranked by each word of the query (src/lib/search/search-rank.ts); when no page has every word it
// says so, and offers "Did you mean ..." from the glossary's names. Everything stays in the
// browser: the index is fetched from this site only, and, when the settings name the other sites of
// the manual's region, from theirs too, merged with Pagefind's mergeIndex, each with a filter by
// partnership and its results labelled with it (docs/regional-manuals.md). What to search and show is worked out in
// src/lib/search/ and src/lib/region/; this file only draws it. Bundled by Astro from src/routes/search.astro
// as an external module.
import { addressFor, summaryText, termFromAddress } from '../lib/search/search-query.ts';
import { rankByWords, rankedWords } from '../lib/search/search-rank.ts';
import { suggestions, type SearchName } from '../lib/search/search-suggest.ts';
import {
  resultView,
  sortFilterValues,
  withMatchingForms,
  withoutFilter,
  type ExcerptPart,
  type FilterCounts,
  type Filters,
  type PagefindApi,
  type PagefindResult,
  type ResultView,
  unionFilterCounts,
} from '../lib/search/search-results.ts';

/** The words of a search page in a language other than English (its data-words); English pages carry none. */
interface ScriptWords {
  one: string;
  many: string;
  none: string;
  amended: string;
  didYouMean: string;
  couldNotLoad: string;
}
const words = ((): ScriptWords | undefined => {
  const raw = document.querySelector<HTMLElement>('[data-module="search"]')?.dataset['words'];
  return raw ? (JSON.parse(raw) as ScriptWords) : undefined;
})();

/** The line above the results, in the page's language. */
function summaryIn(w: ScriptWords, found: number, term: string): string {
  const text = found === 0 ? w.none : found === 1 ? w.one : w.many.replace('{count}', String(found));
  return text.replace('{term}', term);
}

/** Each result shown fetches its own fragment: five keep a first search small. */
const PAGE_SIZE = 5;
const DEBOUNCE_MS = 300;

const element = document.querySelector<HTMLElement>('[data-module="search"]');
const input = element?.querySelector<HTMLInputElement>('[data-search-input]');
const form = element?.querySelector<HTMLFormElement>('[data-search-form]');
const filterPane = element?.querySelector<HTMLElement>('[data-search-filters]');
const summary = element?.querySelector<HTMLElement>('[data-search-summary]');
const list = element?.querySelector<HTMLOListElement>('[data-search-results]');
const more = element?.querySelector<HTMLButtonElement>('[data-search-more]');
const suggested = element?.querySelector<HTMLElement>('[data-search-suggestions]');

if (element && input && form && filterPane && summary && list && more && suggested) {
  startSearch(element, { input, form, filterPane, summary, list, more, suggested });
}

interface Parts {
  input: HTMLInputElement;
  form: HTMLFormElement;
  filterPane: HTMLElement;
  summary: HTMLElement;
  list: HTMLOListElement;
  more: HTMLButtonElement;
  suggested: HTMLElement;
}

function create<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text) node.textContent = text;
  return node;
}

function appendExcerpt(into: HTMLElement, parts: readonly ExcerptPart[]): void {
  for (const part of parts) into.append(part.mark ? create('mark', undefined, part.text) : document.createTextNode(part.text));
}

/** A site of the region whose index the search merges: its partnership, and its index's folder. */
interface RegionSite {
  partnership: string;
  bundlePath: string;
}

function renderResult(view: ResultView, partnership: string | undefined): HTMLLIElement {
  const item = create('li', 'search-result');
  if (partnership) item.append(create('p', 'search-result-partnership', partnership));
  if (view.kind) item.append(create('p', 'search-result-kind', view.kind));
  const title = create('h2', 'search-result-title');
  const link = create('a', 'search-result-link');
  link.href = view.href;
  if (view.number) link.append(create('span', 'chapter-number', view.number), ' ');
  link.append(view.title);
  title.append(link);
  item.append(title);
  if (view.amended) item.append(create('p', 'search-result-amended', words ? words.amended.replace('{date}', view.amended) : `Last amended ${view.amended}`));
  if (view.excerpt.length) {
    const excerpt = create('p', 'search-result-excerpt');
    appendExcerpt(excerpt, view.excerpt);
    item.append(excerpt);
  }
  if (view.headings.length) {
    const headings = create('ul', 'search-result-headings');
    for (const heading of view.headings) {
      const li = create('li');
      const a = create('a', 'search-result-heading', heading.title);
      a.href = heading.href;
      const text = create('span', 'search-result-excerpt');
      appendExcerpt(text, heading.excerpt);
      li.append(a, ' ', text);
      headings.append(li);
    }
    item.append(headings);
  }
  return item;
}

function startSearch(element: HTMLElement, { input, form, filterPane, summary, list, more, suggested }: Parts): void {
  const filterNames = JSON.parse(element.dataset['filters'] ?? '[]') as string[];
  const bundlePath = element.dataset['bundlePath'] ?? '/pagefind/';
  const ranking = JSON.parse(element.dataset['ranking'] ?? '{}') as Record<string, unknown>;
  const region = JSON.parse(element.dataset['region'] ?? '[]') as RegionSite[];
  const partnershipFilter = element.dataset['partnershipFilter'] ?? '';
  const regionNote = element.querySelector<HTMLElement>('[data-search-region-note]');
  const pagefindReady: Promise<PagefindApi> = import(/* @vite-ignore */ `${bundlePath}pagefind.js`).then(
    async (pagefind: PagefindApi & { mergeIndex(path: string, options: Record<string, unknown>): Promise<void> }) => {
      await pagefind.options({ basePath: bundlePath, baseUrl: element.dataset['baseUrl'] ?? '/', noWorker: true, ranking });
      // The region's first entry is this site: its own pages get its partnership too, so that the filter can keep to it.
      const [own, ...others] = region;
      if (own) await pagefind.options({ mergeFilter: { [partnershipFilter]: own.partnership } });
      // A site of the region that cannot be reached is left out, and the page says so; the others are searched.
      const missed: string[] = [];
      for (const site of others) {
        // Asked first on its own: an index that fails once merged would stop every search (Pagefind keeps it).
        const reachable = await fetch(`${site.bundlePath}pagefind-entry.json`, { cache: 'no-store' }).then(
          (response) => response.ok,
          () => false,
        );
        if (reachable) await pagefind.mergeIndex(site.bundlePath, { mergeFilter: { [partnershipFilter]: site.partnership } });
        else missed.push(site.partnership);
      }
      if (regionNote && missed.length) {
        regionNote.textContent = `The search could not reach the site of ${missed.join(' or ')}: its chapters are not in these results.`;
        regionNote.hidden = false;
      }
      return withMatchingForms(pagefind);
    },
  );

  const fallback = document.querySelector<HTMLElement>('[data-search-fallback]');
  if (fallback) fallback.hidden = true;
  element.hidden = false;

  let latest = 0; // the number of the newest search: older ones that finish late are dropped
  let shown: PagefindResult[] = []; // the results of the current search
  let shownQuery = ''; // the query they are for, as typed
  let shownCount = 0;
  let timer = 0;

  // The filters, each a group of checkboxes with the number of pages it would keep. A group's
  // options are drawn when one is first opened: until then no search fetches the filters'
  // files of the index, which grow with the manual (4 KB at 1,000 chapters).
  type Option = { label: HTMLLabelElement; box: HTMLInputElement; count: HTMLSpanElement };
  const groups = new Map<string, Map<string, Option>>();
  const groupElements = new Map<string, HTMLDetailsElement>();
  let filtersLoaded: Promise<void> | undefined;
  for (const name of filterNames) {
    const details = create('details', 'search-filter');
    details.dataset['filterName'] = name;
    details.append(create('summary', undefined, name));
    details.addEventListener('toggle', () => {
      if (details.open) void loadFilters();
    });
    filterPane.append(details);
    groupElements.set(name, details);
  }

  function loadFilters(): Promise<void> {
    filtersLoaded ??= (async () => {
      const pagefind = await pagefindReady;
      const fieldsets = buildOptions(await pagefind.filters());
      // The counts are for the results shown before the options show.
      await refreshCounts(pagefind);
      for (const [name, fieldset] of fieldsets) groupElements.get(name)?.append(fieldset);
    })();
    return filtersLoaded;
  }

  function buildOptions(counts: FilterCounts): Map<string, HTMLFieldSetElement> {
    const fieldsets = new Map<string, HTMLFieldSetElement>();
    for (const name of filterNames) {
      const values = sortFilterValues(Object.keys(counts[name] ?? {}));
      const details = groupElements.get(name)!;
      details.hidden = values.length === 0;
      if (!values.length) continue;
      const fieldset = create('fieldset');
      fieldset.append(create('legend', 'visually-hidden', name));
      const options = new Map<string, Option>();
      for (const value of values) {
        const label = create('label', 'search-filter-option');
        const box = create('input');
        box.type = 'checkbox';
        box.value = value;
        box.addEventListener('change', () => void runSearch());
        const count = create('span', 'search-filter-count');
        label.append(box, ` ${value} `, count);
        fieldset.append(label);
        options.set(value, { label, box, count });
      }
      fieldsets.set(name, fieldset);
      groups.set(name, options);
    }
    updateCounts(counts);
    return fieldsets;
  }

  /** Counts each option against the results shown. */
  async function refreshCounts(pagefind: PagefindApi): Promise<void> {
    const filters = checkedFilters();
    if (!shownQuery && Object.keys(filters).length === 0) {
      updateCounts(await pagefind.filters());
      return;
    }
    updateCounts({ ...(await countsFor(pagefind, shownQuery, filters)), ...(await facetCounts(pagefind, shownQuery, filters)) });
  }

  // Options no page would match are hidden, unless checked.
  function updateCounts(counts: FilterCounts): void {
    for (const [name, options] of groups) {
      for (const [value, option] of options) {
        const n = counts[name]?.[value] ?? 0;
        option.count.textContent = `(${n})`;
        option.label.hidden = n === 0 && !option.box.checked;
      }
    }
  }

  function checkedFilters(): Filters {
    const filters: Filters = {};
    for (const [name, options] of groups) {
      const any = [...options].filter(([, option]) => option.box.checked).map(([value]) => value);
      if (any.length) filters[name] = { any };
    }
    return filters;
  }

  // Within a group the options add up (any of them), so a group with an option checked counts
  // what each of its options would add: the search without that group's choice. The index is
  // in memory by then, so these searches fetch nothing.
  async function facetCounts(pagefind: PagefindApi, term: string, filters: Filters): Promise<FilterCounts> {
    const names = Object.keys(filters);
    const counts = await Promise.all(names.map(async (name) => (await countsFor(pagefind, term, withoutFilter(filters, name)))[name] ?? {}));
    return Object.fromEntries(names.map((name, i) => [name, counts[i]!]));
  }

  // How many of the pages shown each option would keep: the results are the pages with any of
  // the words (search-rank.ts), so the counts add up each word's and take away the pages
  // counted twice (unionFilterCounts).
  async function countsFor(pagefind: PagefindApi, term: string, filters: Filters): Promise<FilterCounts> {
    const words = term ? rankedWords(term) : [];
    if (words.length < 2) return (await pagefind.search(words[0] ?? null, { filters })).filters;
    return unionFilterCounts(words, async (query) => (await pagefind.search(query, { filters })).filters);
  }

  // The glossary's names, fetched the first time a search finds no page with every word.
  let names: Promise<SearchName[]> | undefined;
  async function offerNames(term: string, weak: boolean, search: number): Promise<void> {
    const offered = weak
      ? suggestions(
          term,
          await (names ??= fetch(element.dataset['names'] ?? '')
            .then((response) => (response.ok ? (response.json() as Promise<SearchName[]>) : []))
            .catch(() => [])),
        )
      : [];
    if (search !== latest) return;
    suggested.replaceChildren();
    suggested.hidden = offered.length === 0;
    if (!offered.length) return;
    suggested.append(words ? `${words.didYouMean} ` : 'Did you mean ');
    offered.forEach((name, i) => {
      if (i > 0) suggested.append(i === offered.length - 1 ? ' or ' : ', ');
      const link = create('a', undefined, name.name);
      link.href = `?${new URLSearchParams({ q: name.name }).toString()}`;
      link.addEventListener('click', (event) => {
        event.preventDefault();
        input.value = name.name;
        void runSearch();
      });
      suggested.append(link);
      if (name.name.toLowerCase() !== name.term.toLowerCase()) suggested.append(` (${name.term})`);
    });
    suggested.append('?');
  }

  function keepAddressInStep(term: string): void {
    const address = addressFor(window.location, term);
    if (address !== undefined) window.history.replaceState(null, '', address);
  }

  async function render(results: PagefindResult[], from: number): Promise<HTMLLIElement[]> {
    const pages = await Promise.all(results.slice(from, from + PAGE_SIZE).map((r) => r.data()));
    // A result's site is the one whose address its own starts with (the index's folder's parent); this site's are paths.
    const partnershipOf = (data: (typeof pages)[number]) =>
      region.length ? (region.slice(1).find((site) => data.url.startsWith(site.bundlePath.replace(/pagefind\/$/, ''))) ?? region[0])?.partnership : undefined;
    return pages.map((data) => renderResult(resultView(data), partnershipOf(data)));
  }

  // Loads and shows the next page of results, unless a newer search started meanwhile.
  async function showMore(search: number): Promise<void> {
    const items = await render(shown, shownCount);
    if (search !== latest) return;
    list.append(...items);
    shownCount += items.length;
    more.hidden = shownCount >= shown.length;
    items[0]?.querySelector<HTMLAnchorElement>('.search-result-link')?.focus();
  }

  async function runSearch(): Promise<void> {
    window.clearTimeout(timer);
    const search = ++latest;
    const term = input.value.trim();
    keepAddressInStep(term);
    const filters = checkedFilters();
    const pagefind = await pagefindReady;
    if (!term && Object.keys(filters).length === 0) {
      const counts = filtersLoaded ? await pagefind.filters() : {};
      if (search !== latest) return;
      updateCounts(counts);
      shown = [];
      shownQuery = '';
      shownCount = 0;
      list.replaceChildren();
      more.hidden = true;
      summary.textContent = '';
      suggested.hidden = true;
      return;
    }
    const { results, relaxed } = term
      ? await rankByWords(term, async (query) => (await pagefind.search(query, { filters })).results)
      : { results: (await pagefind.search(null, { filters })).results, relaxed: undefined };
    const counts = filtersLoaded ? { ...(await countsFor(pagefind, term, filters)), ...(await facetCounts(pagefind, term, filters)) } : {};
    if (search !== latest) return;
    const items = await render(results, 0);
    if (search !== latest) return;
    shown = results;
    shownQuery = term;
    updateCounts(counts);
    list.replaceChildren(...items);
    shownCount = items.length;
    more.hidden = shownCount >= shown.length;
    summary.textContent = words ? summaryIn(words, shown.length, term) : summaryText(shown.length, term, relaxed);
    await offerNames(term, relaxed !== undefined || results.length === 0, search);
  }

  input.addEventListener('input', () => {
    window.clearTimeout(timer);
    timer = window.setTimeout(() => void runSearch(), DEBOUNCE_MS);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void runSearch();
  });
  more.addEventListener('click', () => void showMore(latest));

  const query = termFromAddress(window.location.search);
  if (query) input.value = query;
  pagefindReady
    .then(() => {
      if (input.value.trim()) void runSearch();
    })
    .catch(() => {
      summary.textContent = words?.couldNotLoad ?? 'Search could not load. Every chapter is listed in the contents.';
    });
}
