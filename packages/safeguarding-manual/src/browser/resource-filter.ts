// The quick filter on /resources/: narrows the list as a name is typed or a kind chosen, and says
// how many are shown in the words the page gives it (data-shown). Without JavaScript the form
// stays hidden and the links to each kind's own page do the filtering.
// Bundled by Astro from src/routes/resources/index.astro as an external module.
import { matchesQuery, queryWords } from '../lib/site/resource-filter.ts';
import { countedText, type CountedTexts } from '../lib/site/script-words.ts';

const form = document.querySelector<HTMLFormElement>('[data-module="resource-filter"]');
const query = form?.querySelector<HTMLInputElement>('input[name="q"]');
const kind = form?.querySelector<HTMLSelectElement>('select[name="kind"]');
const status = form?.querySelector<HTMLElement>('[role="status"]');

const shownTexts = form?.dataset['shown'] ? (JSON.parse(form.dataset['shown']) as CountedTexts) : undefined;

if (form && query && kind && status && shownTexts) {
  form.hidden = false;
  const apply = () => {
    const words = queryWords(query.value);
    let shown = 0;
    for (const group of document.querySelectorAll<HTMLElement>('[data-resource-kind]')) {
      let visible = 0;
      for (const entry of group.querySelectorAll<HTMLElement>('.resource-entry')) {
        const text = [...entry.querySelectorAll('[data-filter-text]')].map((e) => e.textContent ?? '').join(' ');
        const ok = (!kind.value || group.dataset['resourceKind'] === kind.value) && matchesQuery(text, words);
        entry.hidden = !ok;
        if (ok) visible++;
      }
      group.hidden = visible === 0;
      shown += visible;
    }
    status.textContent = countedText(shownTexts, shown);
  };
  form.addEventListener('input', apply);
  form.addEventListener('change', apply);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    apply();
  });
}
