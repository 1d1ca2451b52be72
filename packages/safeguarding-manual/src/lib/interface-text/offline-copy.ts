// What the offline copy's own code says to a reader: the save control on /offline/
// (src/browser/offline-page.ts) and the notices of the offline worker (offline-notice.ts).
// Part of the words of the pages about the site (service.ts), in a file of their own so that
// the script and the worker, which import it, carry no other page's words.
import type { Language } from '../languages.ts';

/** A text that depends on values (a date, a count, a name). */
type Words<A extends unknown[]> = (...values: A) => string;

export interface OfflineCopyText {
  /** The browser has no service worker, cache or channel. */
  cannotSave: string;
  /** What the copy holds: "80 pages and the search index, 2.1 MB". */
  holds: Words<[pages: number, size: string]>;
  beforeSaving: Words<[holds: string]>;
  connectToSave: string;
  /** What this device holds: the build's date, when it was last checked (if ever) and what it holds. */
  saved: Words<[built: string, checked: string | undefined, holds: string]>;
  savedStatus: string;
  saving: string;
  progressPages: Words<[pages: number, total: number]>;
  progressSearch: Words<[pages: number, files: number, totalFiles: number]>;
  failed: string;
  removed: string;
  /** The notice the offline worker puts at the top of a page; the first part of a sentence is in bold. */
  notice: {
    updated: Words<[date: string]>;
    beingUpdated: string;
    fromEarlier: Words<[date: string]>;
    fromEarlierRest: Words<[copy: string]>;
    older: string;
    refresh: string;
    stale: Words<[date: string]>;
    reading: Words<[date: string]>;
  };
}

const offlineCopyEn: OfflineCopyText = {
  cannotSave: 'This browser cannot save the manual for offline use. Every page still works online.',
  holds: (pages, size) => `${pages} pages and the search index, ${size}`,
  beforeSaving: (holds) => `Saving downloads ${holds}. Save it over Wi-Fi if your data allowance is small.`,
  connectToSave: 'Connect to the internet to save the manual.',
  saved: (built, checked, holds) =>
    `This device has an offline copy of the manual as built on ${built}${checked ? `, last checked against the site on ${checked}` : ''}: ${holds}.`,
  savedStatus: 'Saved for offline use.',
  saving: 'Saving the manual for offline use.',
  progressPages: (pages, total) => `${pages} of ${total} pages saved`,
  progressSearch: (pages, files, totalFiles) => `All ${pages} pages saved; saving search (${files} of ${totalFiles} files)`,
  failed: 'Saving stopped before the whole manual was saved. Check your connection and try again: what was saved is kept.',
  removed: 'The offline copy was removed from this device.',
  notice: {
    updated: (date) => `This manual was updated on ${date}.`,
    beingUpdated: 'Your offline copy is being updated.',
    fromEarlier: (date) => `This page is from the manual as it was on ${date}`,
    fromEarlierRest: (copy) =>
      `, before your offline copy was updated to the manual of ${copy}, and may be out of date. It is updated the next time you open it online.`,
    older: 'This page is from your offline copy, which is older.',
    refresh: 'Refresh this page',
    stale: (date) => `Your offline copy is from ${date} and may be out of date; connect to update it.`,
    reading: (date) => `You are reading the offline copy of this manual, from ${date}.`,
  },
};

const offlineCopyCy: OfflineCopyText = {
  cannotSave: 'Ni all y porwr hwn gadw’r llawlyfr i’w ddefnyddio all-lein. Mae pob tudalen yn dal i weithio ar-lein.',
  holds: (pages, size) => `${pages} tudalen a’r mynegai chwilio, ${size}`,
  beforeSaving: (holds) => `I gadw’r llawlyfr, caiff hyn ei lwytho i lawr: ${holds}. Cadwch ef dros Wi-Fi os yw eich lwfans data’n fach.`,
  connectToSave: 'Cysylltwch â’r rhyngrwyd i gadw’r llawlyfr.',
  saved: (built, checked, holds) =>
    `Mae gan y ddyfais hon gopi all-lein o’r llawlyfr fel y’i adeiladwyd ar ${built}${checked ? `, a wiriwyd ddiwethaf yn erbyn y wefan ar ${checked}` : ''}: ${holds}.`,
  savedStatus: 'Wedi’i gadw i’w ddefnyddio all-lein.',
  saving: 'Yn cadw’r llawlyfr i’w ddefnyddio all-lein.',
  progressPages: (pages, total) => `${pages} o ${total} tudalen wedi’u cadw`,
  progressSearch: (pages, files, totalFiles) => `Pob un o’r ${pages} tudalen wedi’u cadw; yn cadw’r chwilio (${files} o ${totalFiles} ffeil)`,
  failed: 'Daeth y cadw i ben cyn i’r llawlyfr cyfan gael ei gadw. Gwiriwch eich cysylltiad a rhowch gynnig arall arni: cedwir yr hyn sydd wedi’i gadw eisoes.',
  removed: 'Cafodd y copi all-lein ei ddileu o’r ddyfais hon.',
  notice: {
    updated: (date) => `Diweddarwyd y llawlyfr hwn ar ${date}.`,
    beingUpdated: 'Mae eich copi all-lein yn cael ei ddiweddaru.',
    fromEarlier: (date) => `Daw’r dudalen hon o’r llawlyfr fel yr oedd ar ${date}`,
    fromEarlierRest: (copy) =>
      `, cyn i’ch copi all-lein gael ei ddiweddaru i’r llawlyfr fel yr oedd ar ${copy}, a gall fod yn hen. Caiff ei diweddaru y tro nesaf y byddwch yn ei hagor ar-lein.`,
    older: 'Daw’r dudalen hon o’ch copi all-lein, sy’n hŷn.',
    refresh: 'Adnewyddu’r dudalen hon',
    stale: (date) => `Mae eich copi all-lein yn dyddio o ${date} a gall fod yn hen; cysylltwch â’r rhyngrwyd i’w ddiweddaru.`,
    reading: (date) => `Rydych chi’n darllen copi all-lein y llawlyfr hwn, sy’n dyddio o ${date}.`,
  },
};

/** The offline copy's words alone, for the offline page's script and the offline worker. */
export const OFFLINE_COPY_TEXT: Record<Language, OfflineCopyText> = { en: offlineCopyEn, cy: offlineCopyCy };
