// What the editor's forms show beyond what Decap CMS's configuration can say: "Replaced by" only
// while a version withdraws its chapter, "Where in the chapter" only on a new local text, a new
// form that is not called saved, and Search everything that searches every list when Enter is
// pressed. Runs in the browser (the admin page's bundle), watching the page as Decap CMS draws it.
import { LOCAL_PLACE_LABEL } from './model.ts';

/** The label of a field, without Decap's "(optional)" or what replaces it. */
function labelText(label: Element): string {
  return label.firstChild?.textContent ?? '';
}

/** The box of a field (Decap's control container): its label sits in the box's top bar. */
function fieldBox(root: ParentNode, label: string): HTMLElement | undefined {
  const found = [...root.querySelectorAll('label')].find((l) => labelText(l) === label);
  return found?.parentElement?.parentElement ?? undefined;
}

/** True when the form's "This version" is set to withdraw. */
function isWithdrawing(root: ParentNode): boolean {
  const box = fieldBox(root, 'This version');
  return /^Withdraws the /.test(box?.querySelector('[class*="singleValue"]')?.textContent ?? '');
}

/** Shows "Replaced by" only while "This version" withdraws the chapter or page. */
function showReplacedBy(root: HTMLElement): void {
  const box = fieldBox(root, 'Replaced by');
  if (!box) return;
  const display = isWithdrawing(root) ? '' : 'none';
  if (box.style.display !== display) box.style.display = display;
}

/**
 * Shows "Where in the chapter" only on a new local text: a saved version stays in the folder of
 * its place, which its file does not hold, so the field would stand empty there.
 */
function showPlaceOnNew(root: HTMLElement): void {
  const box = fieldBox(root, LOCAL_PLACE_LABEL);
  if (!box) return;
  const display = /\/new$/.test(location.hash) ? '' : 'none';
  if (box.style.display !== display) box.style.display = display;
}

/** A new form has nothing saved: it says "Not saved yet", never that nothing is unsaved. */
function notSavedYet(root: HTMLElement, saved: string, unsaved: string): void {
  if (!/\/new$/.test(location.hash)) return;
  for (const element of root.querySelectorAll('a div div, a div span')) {
    if (element.childElementCount === 0 && element.textContent === saved) element.textContent = unsaved;
  }
}

/** Starts watching the page. `words` are the toolbar's phrases for a saved and an unsaved form. */
export function watchForms(root: HTMLElement, words: { saved: string; unsaved: string; searchAll: string }): void {
  new MutationObserver(() => {
    showReplacedBy(root);
    showPlaceOnNew(root);
    notSavedYet(root, words.saved, words.unsaved);
  }).observe(root, { childList: true, subtree: true, characterData: true });

  // Decap searches only the open list when Enter is pressed in its search box: Search everything searches every list.
  root.addEventListener(
    'keydown',
    (event) => {
      const input = event.target;
      if (event.key !== 'Enter' || !(input instanceof HTMLInputElement) || input.placeholder !== words.searchAll) return;
      const query = input.value.trim();
      if (!query) return;
      event.preventDefault();
      event.stopPropagation();
      location.hash = `#/search/${encodeURIComponent(query)}`;
    },
    true,
  );
}
