// "Changed since your last visit" on the contents (src/components/LastVisit.astro): marks the
// chapters whose version in force changed since the reader's last visit (src/lib/site/last-visit.ts),
// lists them in the box, and offers to clear the marks. Bundled by Astro from that component as an
// external module; only the contents page loads it.
import { changedSince, clearMarks, openContents, readMemory, type Listed, type Mark, type VisitMemory } from '../lib/site/last-visit.ts';

const box = document.querySelector<HTMLElement>('[data-module="last-visit"]');
if (box) start(box);

function start(box: HTMLElement) {
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
  const when = new Date(memory.beforeAt).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });
  const marks = changedSince(memory, listed);
  const label: Record<Mark, string> = { new: 'New since your last visit', changed: 'Changed since your last visit' };

  for (const li of items) {
    const mark = marks.get(li.dataset['chapter']!);
    if (!mark) continue;
    const badge = document.createElement('strong');
    badge.className = 'badge badge-since';
    badge.dataset['since'] = mark;
    badge.textContent = label[mark];
    li.append(' ', badge);
    const link = li.querySelector('a');
    if (link) {
      const entry = document.createElement('li');
      entry.append(link.cloneNode(true));
      list.append(entry);
    }
  }
  const count = marks.size;
  summary.textContent = count
    ? `Since your last visit on ${when}, ${count} ${count === 1 ? 'chapter has' : 'chapters have'} changed. ${count === 1 ? 'It is' : 'They are'} marked in the contents below:`
    : `No chapter has changed since your last visit on ${when}.`;
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
    summary.textContent = 'Marks cleared. Chapters that change from now on will be marked on your next visit.';
    summary.focus();
  });
}
