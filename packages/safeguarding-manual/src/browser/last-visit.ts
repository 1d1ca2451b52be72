// "Changed since your last visit" on the contents (src/components/LastVisit.astro): marks the
// chapters whose version in force changed since the reader's last visit (src/lib/site/last-visit.ts),
// lists them in the box, and offers to clear the marks, in the words the page gives it in its
// language (data-words). Bundled by Astro from that component as an external module; only the
// contents page loads it.
import { changedSince, clearMarks, openContents, readMemory, visitDate, type LastVisitWords, type Listed, type VisitMemory } from '../lib/site/last-visit.ts';
import { countedText } from '../lib/site/script-words.ts';

const box = document.querySelector<HTMLElement>('[data-module="last-visit"]');
if (box?.dataset['words']) start(box, JSON.parse(box.dataset['words']) as LastVisitWords);

function start(box: HTMLElement, words: LastVisitWords) {
  const key = box.dataset['key']!;
  const items = [...document.querySelectorAll<HTMLElement>('[data-chapter][data-amended]')];
  const listed: Listed = Object.fromEntries(items.map((li) => [li.dataset['chapter']!, li.dataset['amended']!]));
  let memory: VisitMemory;
  try {
    const newVisit = sessionStorage.getItem(key) === null;
    memory = openContents(readMemory(localStorage.getItem(key)), listed, new Date().toISOString(), newVisit);
    localStorage.setItem(key, JSON.stringify(memory));
    sessionStorage.setItem(key, 'visiting');
  } catch {
    // Storage is switched off (or full): there is nothing to compare with.
    return;
  }
  if (!memory.before || !memory.beforeAt) return;

  const summary = box.querySelector<HTMLElement>('[data-last-visit-summary]')!;
  const list = box.querySelector<HTMLElement>('[data-last-visit-list]')!;
  const clear = box.querySelector<HTMLButtonElement>('[data-last-visit-clear]')!;
  const when = visitDate(memory.beforeAt, words.months);
  const marks = changedSince(memory, listed);

  for (const li of items) {
    const mark = marks.get(li.dataset['chapter']!);
    if (!mark) continue;
    const badge = document.createElement('strong');
    badge.className = 'badge badge-since';
    badge.dataset['since'] = mark;
    badge.textContent = words.marks[mark];
    li.append(' ', badge);
    const link = li.querySelector('a');
    if (link) {
      const entry = document.createElement('li');
      entry.append(link.cloneNode(true));
      list.append(entry);
    }
  }
  const count = marks.size;
  summary.textContent = (count ? countedText(words.changed, count) : words.none).replace('{date}', when);
  list.hidden = clear.hidden = count === 0;
  box.hidden = false;

  clear.addEventListener('click', () => {
    try {
      localStorage.setItem(key, JSON.stringify(clearMarks(memory)));
    } catch {
      // Storage went away: the marks still go from this page.
    }
    for (const badge of document.querySelectorAll('.badge-since')) badge.remove();
    list.replaceChildren();
    list.hidden = clear.hidden = true;
    summary.textContent = words.cleared;
    summary.focus();
  });
}
