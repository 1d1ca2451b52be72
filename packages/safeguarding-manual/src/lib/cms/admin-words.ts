// The editor's own words, in British English and a board member's terms: Decap CMS's English
// interface text, with every phrase that speaks of entries, collections, persisting, posts,
// deploy previews or the live site replaced. Decap CMS keeps its phrases per language
// (CMS.getLocale / registerLocale); these are laid over its English ones before it starts.
import { LOCAL_PLACE_LABEL } from './model.ts';

/** Nested phrases, as Decap CMS keeps them. */
export interface Phrases {
  [key: string]: string | Phrases;
}

/** Phrases the admin page's own script also looks for (admin-form.ts). */
export const SEARCH_ALL = 'Search everything';
export const NOT_SAVED_YET = 'Not saved yet';
export const NOTHING_UNSAVED = 'Nothing unsaved';

export const WORDS: Phrases = {
  auth: { login: 'Sign in', loggingIn: 'Signing in...' },
  app: {
    header: { content: 'Chapters and contacts', workflow: 'Drafts and review', media: 'Files', quickAdd: 'Add new' },
    app: { waitingBackend: 'Waiting for the studio...' },
    notFoundPage: { header: 'Not found' },
  },
  collection: {
    sidebar: { collections: 'Lists', allCollections: 'All lists', searchAll: SEARCH_ALL, searchIn: 'Search in' },
    collectionTop: {
      newButton: 'Add %{collectionLabel}',
      newButtonAriaLabel: 'Add %{collectionLabel}',
      searchResults: 'Search results for "%{searchTerm}"',
      searchResultsInCollection: 'Search results for "%{searchTerm}" in %{collection}',
    },
    entries: {
      loadingEntries: 'Loading...',
      cachingEntries: 'Loading...',
      longerLoading: 'This might take a few minutes',
      noEntries: 'Nothing here yet',
      unpublishedHeader: 'Not yet published',
    },
  },
  editor: {
    editorControl: { field: { optional: 'optional' } },
    editorControlPane: { widget: { required: '%{fieldLabel} is required: fill it in.' } },
    editor: {
      onLeavePage: 'Leave this page? Changes you have not saved will be lost.',
      onUpdatingWithUnsavedChanges: 'You have changes that are not saved: press Save before changing the status.',
      onPublishingNotReady: 'Set the status to "Ready" before publishing: that is when the sign-off (Approved by and Approved on) is needed.',
      onPublishingWithUnsavedChanges: 'You have changes that are not saved: press Save before publishing.',
      onPublishing: 'Publish this version now?',
      onUnpublishing: 'Take this version off the site?',
      onDeleteWithUnsavedChanges: 'Delete this version, and the changes you have not saved?',
      onDeletePublishedEntry: 'Delete this version?',
      onDeleteUnpublishedChangesWithUnsavedChanges: 'Delete this draft, and the changes you have not saved?',
      onDeleteUnpublishedChanges: 'Delete this draft? Its changes will be lost.',
      loadingEntry: 'Loading the version...',
      confirmLoadBackup: 'Changes you had not saved were kept on this computer. Bring them back?',
    },
    editorToolbar: {
      publish: 'Publish',
      duplicate: 'Copy',
      publishAndCreateNew: 'Publish, then add another',
      publishAndDuplicate: 'Publish, then start a copy',
      deleteUnpublishedChanges: 'Delete this draft',
      deleteUnpublishedEntry: 'Delete this draft',
      deletePublishedEntry: 'Delete this version',
      deleteEntry: 'Delete this version',
      statusInfoTooltipDraft: 'A draft: save it as often as you like. When it is ready for the group to look at, set the status to "In review".',
      statusInfoTooltipInReview:
        'Waiting for review. You can still change it. Once approved, fill in Approved by and Approved on, and set the status to "Ready".',
      backCollection: ' Editing in the list %{collectionLabel}',
      unsavedChanges: NOT_SAVED_YET,
      changesSaved: NOTHING_UNSAVED,
      deployPreviewPendingButtonLabel: 'Preview on this computer',
      deployPreviewButtonLabel: 'Preview on this computer',
      deployButtonLabel: 'Preview on this computer',
    },
    editorWidgets: {
      markdown: {
        bulletedList: 'Bulleted list',
        numberedList: 'Numbered list',
        addComponent: 'Insert a contact',
        richText: 'Formatted text',
        markdown: 'Plain text',
      },
      headingOptions: { headingTwo: 'Heading', headingThree: 'Subheading', headingFour: 'Minor heading' },
      datetime: { now: 'Today', setToNow: 'Set %{fieldLabel} to today' },
    },
  },
  ui: {
    toast: {
      onFailToLoadEntries: 'Could not load the version: %{details}',
      // The studio's refusals say what was not done, and why.
      onFailToPersist: '%{details}',
      onFailToDelete: '%{details}',
      onFailToUpdateStatus: '%{details}',
      missingRequiredField: 'A required field is empty: fill it in, then save.',
      entrySaved: 'Saved as a draft',
      entryPublished: 'Published',
      entryUnpublished: 'Taken off the site',
      onFailToPublishEntry: '%{details}',
      entryUpdated: 'Status changed',
      onDeleteUnpublishedChanges: 'Draft deleted',
      onLoggedOut: 'You have been signed out: copy any unsaved text somewhere safe, then sign in again',
      onBackendDown: 'The studio is not answering: see %{details}',
    },
  },
  workflow: {
    workflow: {
      loading: 'Loading the drafts...',
      workflowHeading: 'Drafts and review',
      newPost: 'New chapter or version',
      description:
        '%{smart_count} draft waiting for review, %{readyCount} ready to publish. |||| %{smart_count} drafts waiting for review, %{readyCount} ready to publish. ',
      dateFormat: 'D MMMM',
    },
    workflowCard: {
      deleteChanges: 'Delete this draft',
      deleteNewEntry: 'Delete this draft',
      publishChanges: 'Publish this version',
      publishNewEntry: 'Publish this chapter',
    },
    workflowList: {
      onDeleteEntry: 'Delete this draft? Its changes will be lost.',
      onPublishingNotReadyEntry: 'Only drafts set to "Ready" (with their sign-off) can be published: drag the card to the "Ready" column first.',
      onPublishEntry: 'Publish this version now?',
      currentEntries: '%{smart_count} version |||| %{smart_count} versions',
    },
  },
};

/** `base` with `over` laid on it, key by key. */
export function overlay(base: Phrases, over: Phrases): Phrases {
  const out: Phrases = { ...base };
  for (const [key, value] of Object.entries(over)) {
    const under = out[key];
    out[key] = typeof value === 'object' && typeof under === 'object' ? overlay(under, value) : value;
  }
  return out;
}

/**
 * Decap CMS shows a refused request's message after the error's name ("API_ERROR: Not saved...").
 * The studio's messages say what happened in full: the name is taken off wherever it appears.
 */
export function withoutErrorNames(root: Node): void {
  const strip = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE && node.textContent?.startsWith('API_ERROR: ')) node.textContent = node.textContent.slice('API_ERROR: '.length);
    node.childNodes.forEach(strip);
  };
  new MutationObserver((records) => records.forEach((r) => r.addedNodes.forEach(strip))).observe(root, { childList: true, subtree: true });
}

/**
 * Fields the check needs only at some point, which Decap CMS would call "optional": their
 * labels say when they are needed instead, such as "Approved by (needed to publish)".
 */
const NEEDED_WHEN: ReadonlyMap<string, string> = new Map([
  ['Approved by', 'needed to publish'],
  ['Approved on', 'needed to publish'],
  ['Changes', 'needed when a detail changes'],
  // Shown on a new local text only (admin-form.ts), where it is needed.
  [LOCAL_PLACE_LABEL, 'choose one'],
]);

/** Rewrites "(optional)" after the labels in `needed` with when each is needed, in every form shown under `root`. */
export function markNeededFields(root: HTMLElement, needed: ReadonlyMap<string, string> = NEEDED_WHEN): void {
  const mark = (node: Node) => {
    if (!(node instanceof HTMLElement)) return;
    for (const label of node.matches('label') ? [node] : node.querySelectorAll('label')) {
      const span = label.querySelector(':scope > span');
      const when = needed.get(label.firstChild?.textContent ?? '');
      if (span && when && span.textContent === ' (optional)') span.textContent = ` (${when})`;
    }
  };
  new MutationObserver((records) => records.forEach((r) => r.addedNodes.forEach(mark))).observe(root, { childList: true, subtree: true });
}
