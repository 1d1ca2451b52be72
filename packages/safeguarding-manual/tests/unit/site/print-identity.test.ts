import { describe, expect, it } from 'vitest';
import { printIdentity, qrCodeSvg, shortHash } from '../../../src/lib/site/print-identity.ts';

const ADDRESS = 'https://procedures.example.org/procedures/referrals/2024-03-25/';
const HASH = '0123456789abcdef'.repeat(4);

describe('what identifies a printed version', () => {
  it('carries the dated address, the first 12 hex digits of the SHA-256 and a QR code', async () => {
    const identity = await printIdentity(ADDRESS, HASH);
    expect(identity.address).toBe(ADDRESS);
    expect(identity.shortHash).toBe('0123456789ab');
    expect(shortHash(HASH)).toBe(identity.shortHash);
    expect(identity.qrSvg).toBe(await qrCodeSvg(ADDRESS));
  });

  it('makes the QR code one labelled <svg> with no script, style or external reference', async () => {
    const svg = await qrCodeSvg(`${ADDRESS}?a=1&b="2"`);
    expect(svg).toMatch(
      /^<svg class="print-code" role="img" aria-label="QR code that opens [^"]+" xmlns="http:\/\/www\.w3\.org\/2000\/svg" viewBox="0 0 \d+ \d+"/,
    );
    expect(svg).toContain('aria-label="QR code that opens https://procedures.example.org/procedures/referrals/2024-03-25/?a=1&amp;b=&quot;2&quot;"');
    expect(svg.endsWith('</svg>')).toBe(true);
    expect(svg).not.toMatch(/<script|style=|href=|<\?xml/);
    // A longer address needs a larger code: the modules grow with the data.
    const size = (s: string) => Number(/viewBox="0 0 (\d+)/.exec(s)![1]);
    expect(size(await qrCodeSvg(`${ADDRESS}${'x'.repeat(200)}`))).toBeGreaterThan(size(svg));
  });
});
