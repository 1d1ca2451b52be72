// The date form of /as-at/: takes the reader from a date to the edition of the manual in force
// at the end of that day (the latest on or before it), and resolves /as-at/?date=YYYY-MM-DD
// links the same way. Without JavaScript the form stays hidden and the page lists the editions.
import { formatDate as formatWithIntl, isIsoDate } from '../lib/util/dates.ts';
import { resolveEdition } from '../lib/content/editions.ts';

/** What the script says; {date} and {first} stand for dates. */
interface ScriptWords {
  realDate: string;
  afterToday: string;
  asItStands: string;
  nothingYet: string;
  beganOn: string;
  onDate: string;
  /** The months' names, January first, to write dates with (a browser may have no dates in the page's language): none in English. */
  months?: string[];
}
const ENGLISH: ScriptWords = {
  realDate: 'Enter a real date, such as 1 March 2023.',
  afterToday: '{date} is after today, so the manual has not stood on it yet.',
  asItStands: 'The manual as it stands today ({date})',
  nothingYet: 'Nothing in the manual has taken effect yet.',
  beganOn: 'The manual began on {first}: nothing in it was in force on {date}.',
  onDate: 'The manual on {date}',
};

const form = document.querySelector<HTMLFormElement>('form[data-module="as-at-date"]');
if (form) enhance(form);

function enhance(form: HTMLFormElement): void {
  const input = form.querySelector<HTMLInputElement>('input[name="date"]')!;
  const message = form.querySelector<HTMLElement>('[data-as-at-message]')!;
  const today = form.dataset['today']!;
  // In a language other than English, the page gives the words to say (as-at/index.astro's data-words).
  const words = form.dataset['words'] ? (JSON.parse(form.dataset['words']) as ScriptWords) : ENGLISH;
  const fill = (template: string, values: Record<string, string>) => template.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
  const months = words.months;
  /** "1 March 2023", in the page's language. */
  const formatDate = (date: string): string => {
    if (!months) return formatWithIntl(date);
    const [year, month, day] = date.split('-').map(Number) as [number, number, number];
    return `${day} ${months[month - 1]} ${year}`;
  };
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
      say(words.realDate);
      return;
    }
    if (latest && date > today) {
      say(fill(words.afterToday, { date: formatDate(date) }), {
        href: links.get(latest)!,
        text: fill(words.asItStands, { date: formatDate(latest) }),
      });
      return;
    }
    const resolved = resolveEdition(editions, date);
    if (resolved.kind === 'no-editions') {
      say(words.nothingYet);
    } else if (resolved.kind === 'before-first') {
      say(fill(words.beganOn, { first: formatDate(resolved.first), date: formatDate(date) }), {
        href: links.get(resolved.first)!,
        text: fill(words.onDate, { date: formatDate(resolved.first) }),
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
