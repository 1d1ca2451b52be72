// Filters the amendments log on /amendments/ in place by year and section; without JavaScript
// the form stays hidden and the filter links open one static page per year or section instead.
// Bundled by Astro from src/routes/amendments/index.astro as an external module.
// (It imports nothing; the empty export makes it a module, so its names do not clash with the DOM's globals.)
export {};

const form = document.querySelector<HTMLFormElement>('[data-module="log-filter"]');
const year = form?.querySelector<HTMLSelectElement>('[name="year"]');
const section = form?.querySelector<HTMLSelectElement>('[name="section"]');
const status = form?.querySelector<HTMLElement>('[role="status"]');
// In a language other than English, the page gives the words to say (AmendmentsLog.astro's data-words).
const words = form?.dataset['words'] ? (JSON.parse(form.dataset['words']) as { one: string; many: string }) : undefined;

if (form && year && section && status) {
  form.hidden = false;
  const apply = () => {
    let shown = 0;
    for (const month of document.querySelectorAll<HTMLElement>('[data-group], [data-month]')) {
      let visible = 0;
      for (const entry of month.querySelectorAll<HTMLElement>('.log-entry')) {
        const ok = (!year.value || entry.dataset['year'] === year.value) && (!section.value || entry.dataset['section'] === section.value);
        entry.hidden = !ok;
        if (ok) visible++;
      }
      month.hidden = visible === 0;
      shown += visible;
    }
    status.textContent = words
      ? (shown === 1 ? words.one : words.many).replace('{count}', String(shown))
      : `${shown} ${shown === 1 ? 'amendment shown.' : 'amendments shown.'}`;
  };
  form.addEventListener('change', apply);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    apply();
  });
}
