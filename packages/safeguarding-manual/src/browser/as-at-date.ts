// The date form of /as-at/: takes the reader from a date to the edition of the manual in force
// at the end of that day (the latest on or before it), and resolves /as-at/?date=YYYY-MM-DD
// links the same way. Without JavaScript the form stays hidden and the page lists the editions.
import { formatDate, isIsoDate } from '../lib/util/dates.ts';
import { resolveEdition } from '../lib/content/versions.ts';

const form = document.querySelector<HTMLFormElement>('form[data-module="as-at-date"]');
if (form) enhance(form);

function enhance(form: HTMLFormElement): void {
  const input = form.querySelector<HTMLInputElement>('input[name="date"]')!;
  const message = form.querySelector<HTMLElement>('[data-as-at-message]')!;
  const today = form.dataset['today']!;
  // The editions listed on the page, oldest first, with their addresses.
  const links = new Map<string, string>();
  for (const item of document.querySelectorAll<HTMLElement>('[data-edition]')) {
    const link = item.querySelector('a');
    if (link && item.dataset['edition']) links.set(item.dataset['edition'], link.href);
  }
  const editions = [...links.keys()].sort();

  /** Shows a message, with a link after it when one helps. */
  function say(text: string, link?: { href: string; text: string }): void {
    message.replaceChildren(text);
    if (link) {
      const a = document.createElement('a');
      a.href = link.href;
      a.textContent = link.text;
      message.append(' ', a);
    }
    input.setAttribute('aria-invalid', 'true');
    input.focus();
  }

  function go(date: string, replace: boolean): void {
    const latest = editions.at(-1);
    if (!isIsoDate(date)) {
      say('Enter a real date, such as 1 March 2023.');
      return;
    }
    if (latest && date > today) {
      say(`${formatDate(date)} is after today, so the manual has not stood on it yet.`, {
        href: links.get(latest)!,
        text: `The manual as it stands today (${formatDate(latest)})`,
      });
      return;
    }
    const resolved = resolveEdition(editions, date);
    if (resolved.kind === 'no-editions') {
      say('Nothing in the manual has taken effect yet.');
    } else if (resolved.kind === 'before-first') {
      say(`The manual began on ${formatDate(resolved.first)}: nothing in it was in force on ${formatDate(date)}.`, {
        href: links.get(resolved.first)!,
        text: `The manual on ${formatDate(resolved.first)}`,
      });
    } else {
      const target = links.get(resolved.edition)!;
      if (replace) location.replace(target);
      else location.assign(target);
    }
  }

  form.hidden = false;
  form.noValidate = true;
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    go(input.value, false);
  });
  input.addEventListener('input', () => input.removeAttribute('aria-invalid'));
  // /as-at/?date=YYYY-MM-DD is a link to the manual on that date: this page stands in for it.
  const asked = new URLSearchParams(location.search).get('date');
  if (asked !== null) {
    if (isIsoDate(asked)) input.value = asked;
    go(asked.trim(), true);
  }
}
