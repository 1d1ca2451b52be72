// "Exit this page" in the browser: the button, or Shift pressed three times (src/lib/site/quick-exit.ts),
// replaces this page with a neutral site. location.replace leaves the page out of the back-button
// history, so pressing Back on the neutral site does not return here. Bundled by Astro from
// src/components/QuickExit.astro as an external module.
import { createShiftCounter, EXIT_ACTIVATED, SHIFT_WINDOW_MS } from '../lib/site/quick-exit.ts';

const element = document.querySelector<HTMLElement>('[data-module="quick-exit"]');
const link = element?.querySelector<HTMLAnchorElement>('.quick-exit-button');
const status = element?.querySelector<HTMLElement>('[role="status"]');
const hint = element?.querySelector<HTMLElement>('.quick-exit-hint');

if (link && status && hint) {
  const counter = createShiftCounter();
  let timer = 0;
  hint.hidden = false;

  const exit = () => {
    // Hide the page at once: the neutral site may take a moment to load.
    document.documentElement.classList.add('quick-exit-active');
    status.textContent = EXIT_ACTIVATED;
    window.location.replace(link.href);
  };

  link.addEventListener('click', (event) => {
    event.preventDefault();
    exit();
  });

  document.addEventListener('keydown', (event) => {
    counter.keydown(event.key, event.shiftKey);
    if (event.key !== 'Shift') window.clearTimeout(timer);
  });

  document.addEventListener('keyup', (event) => {
    const step = counter.keyup(event.key);
    if (!step) return;
    window.clearTimeout(timer);
    if (step.exit) {
      exit();
      return;
    }
    status.textContent = step.status;
    timer = window.setTimeout(() => {
      status.textContent = counter.expire();
    }, SHIFT_WINDOW_MS);
  });

  // A page restored from the back-forward cache shows again.
  window.addEventListener('pageshow', () => {
    document.documentElement.classList.remove('quick-exit-active');
  });
}
