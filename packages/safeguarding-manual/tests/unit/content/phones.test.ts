import { describe, expect, it } from 'vitest';
import { parseUkPhone } from '../../../src/lib/content/phones.ts';

describe('UK phone numbers', () => {
  it('formats drama-range numbers and links them in E.164 form', () => {
    expect(parseUkPhone('01164960100')).toEqual({ display: '0116 496 0100', tel: 'tel:+441164960100' });
    expect(parseUkPhone('020 7946 0300')).toEqual({ display: '020 7946 0300', tel: 'tel:+442079460300' });
    expect(parseUkPhone('0808 157 0400')).toEqual({ display: '0808 157 0400', tel: 'tel:+448081570400' });
  });

  it('handles the national numbers', () => {
    expect(parseUkPhone('0808 800 5000')?.tel).toBe('tel:+448088005000');
    expect(parseUkPhone('0800 1111')?.tel).toBe('tel:+448001111');
  });

  it('dials short codes as they are', () => {
    expect(parseUkPhone('999')).toEqual({ display: '999', tel: 'tel:999' });
    expect(parseUkPhone('101')).toEqual({ display: '101', tel: 'tel:101' });
    expect(parseUkPhone('111')?.tel).toBe('tel:111');
  });

  it('rejects numbers that cannot be dialled', () => {
    expect(parseUkPhone('01632 960123')).toBeUndefined();
    expect(parseUkPhone('07700 900123')).toBeUndefined();
    expect(parseUkPhone('0116 496 010')).toBeUndefined();
    expect(parseUkPhone('998')).toBeUndefined();
  });
});
