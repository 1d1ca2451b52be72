// "Your area": the reader chooses their area once, and pages with local arrangements show that
// area first. In a chapter, each run of <Area> blocks shows the reader's area's block and gathers
// the others under "Arrangements in other areas"; in a list marked data-area-order (the
// "Worried about a child?" panel, the contacts by area) the reader's area's items come first.
// The choice stays in localStorage, on this device only. Without this script every area's
// block is shown, each labelled with its area, in the order the chapter gives them.

const STORAGE_KEY = 'manual-area';

/** The words the script shows, in the page's language (AreaChoice.astro writes them). */
function words(): { others: string; showingEvery: string } {
  const data = document.querySelector<HTMLElement>('[data-area-words]')?.dataset ?? {};
  return { others: data['others'] ?? 'Arrangements in other areas', showingEvery: data['showingEvery'] ?? 'Showing the arrangements in every area.' };
}

function storedArea(): string {
  try {
    return localStorage.getItem(STORAGE_KEY) ?? '';
  } catch {
    // Storage can be switched off; the page then works as it does without JavaScript.
    return '';
  }
}

function storeArea(id: string): void {
  try {
    if (id) localStorage.setItem(STORAGE_KEY, id);
    else localStorage.removeItem(STORAGE_KEY);
  } catch {
    // As above: the choice lasts for this page only.
  }
}

/** A run of area blocks next to each other, with where the other areas' blocks go. */
interface AreaRun {
  blocks: HTMLElement[];
  others: HTMLDetailsElement;
}

/** The next element after `element`, skipping only white space. */
function nextElement(element: Element): Element | null {
  let node = element.nextSibling;
  while (node && node.nodeType === Node.TEXT_NODE && !node.textContent?.trim()) node = node.nextSibling;
  return node instanceof Element ? node : null;
}

/** Wraps each run of neighbouring area blocks, once, and gives it a closed "other areas" disclosure. */
function findRuns(): AreaRun[] {
  const runs: AreaRun[] = [];
  const seen = new Set<Element>();
  for (const first of document.querySelectorAll<HTMLElement>('.area-block')) {
    if (seen.has(first)) continue;
    const blocks: HTMLElement[] = [];
    for (let block: Element | null = first; block instanceof HTMLElement && block.classList.contains('area-block'); block = nextElement(block)) {
      blocks.push(block);
      seen.add(block);
    }
    const run = document.createElement('div');
    run.className = 'area-run';
    first.before(run);
    const others = document.createElement('details');
    others.className = 'area-others';
    const summary = document.createElement('summary');
    summary.textContent = words().others;
    others.append(summary);
    run.append(...blocks, others);
    runs.push({ blocks, others });
  }
  return runs;
}

function showRun(run: AreaRun, area: string): void {
  const mine = area ? run.blocks.filter((b) => b.dataset['area'] === area) : run.blocks;
  const theirs = run.blocks.filter((b) => !mine.includes(b));
  run.others.before(...mine);
  run.others.append(...theirs);
  run.others.hidden = theirs.length === 0;
  for (const block of run.blocks) {
    const label = block.querySelector<HTMLElement>('.area-yours');
    if (label) label.hidden = !area || block.dataset['area'] !== area;
  }
}

/** Puts the items of `list` for `area` first, the rest in their first order. */
function orderList(list: HTMLElement, items: HTMLElement[], area: string): void {
  const mine = items.filter((item) => area && item.dataset['area']?.split(' ').includes(area));
  list.append(...mine, ...items.filter((item) => !mine.includes(item)));
}

function start(): void {
  const runs = findRuns();
  const lists = [...document.querySelectorAll<HTMLElement>('[data-area-order]')].map((list) => ({
    list,
    items: [...list.children].filter((c): c is HTMLElement => c instanceof HTMLElement),
  }));
  const control = document.querySelector<HTMLElement>('[data-module="area-choice"]');
  const select = control?.querySelector('select');
  const status = control?.querySelector('[role="status"]');
  const known = new Set([...(select?.options ?? [])].map((o) => o.value));
  const apply = (area: string) => {
    runs.forEach((run) => showRun(run, area));
    lists.forEach(({ list, items }) => orderList(list, items, area));
  };
  // A printed page carries every area's arrangements, as the page reads without JavaScript.
  window.addEventListener('beforeprint', () => runs.forEach((run) => (run.others.open = true)));
  let area = storedArea();
  if (select && !known.has(area)) area = '';
  apply(area);
  if (!control || !select) return;
  // In a chapter the choice sits just before the first arrangements it changes.
  const firstRun = document.querySelector('.area-run');
  if (control.dataset['place'] === 'before-areas' && firstRun) firstRun.before(control);
  select.value = area;
  control.hidden = false;
  select.addEventListener('change', () => {
    area = select.value;
    storeArea(area);
    apply(area);
    if (status) {
      // Each area's option carries its sentence, as the page's language words it.
      status.textContent = area ? (select.selectedOptions[0]?.dataset['showing'] ?? '') : words().showingEvery;
    }
  });
}

start();
