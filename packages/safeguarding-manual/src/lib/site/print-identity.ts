// What identifies a printed version: the address of its dated page, the start of its file's
// SHA-256, and a QR code that opens that address, made as SVG when the site is built.
import QRCode from 'qrcode';

/** How many hex digits of a version's SHA-256 a printout carries. */
const SHORT_HASH_LENGTH = 12;

/** The footer of a printed chapter: enough for a reader to find and check the version online. */
export interface PrintIdentity {
  /** The full address of the dated version's page, which says whether it is still in force. */
  address: string;
  /** The first SHORT_HASH_LENGTH hex digits of the version file's SHA-256. */
  shortHash: string;
  /** An <svg> QR code that opens `address`. */
  qrSvg: string;
}

/** The first hex digits of a SHA-256, as a printout carries them. */
export function shortHash(hash: string): string {
  return hash.slice(0, SHORT_HASH_LENGTH);
}

/**
 * A QR code for `address` as an <svg> element: error correction level M (a creased or
 * smudged page still scans), labelled for assistive technology, sized by the style sheet.
 */
export async function qrCodeSvg(address: string): Promise<string> {
  const svg = await QRCode.toString(address, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
  const label = `QR code that opens ${address}`.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
  return svg.trim().replace(/^<svg /, `<svg class="print-code" role="img" aria-label="${label}" `);
}

/** The print identity of a version whose dated page is at `address` and whose file's SHA-256 is `hash`. */
export async function printIdentity(address: string, hash: string): Promise<PrintIdentity> {
  return { address, shortHash: shortHash(hash), qrSvg: await qrCodeSvg(address) };
}
