import { describe, expect, it } from 'vitest';
import { normaliseEncodingLabel, SingleByteEvidence, sniffBom, sniffUtf16, utf8Validity } from '../../../shared/table/encoding-evidence.js';
import { charForByte, decodeSingleByte, SINGLE_BYTE_CHARSETS, type SingleByteCharset } from '../../../shared/table/single-byte-charsets.js';
import { recordDecoder } from '../../../shared/table/text-decoding.js';

const FRENCH = 'Numéro;Libellé;Commune;Montant\n1;Crèche « Les Écureuils »;Saint-Étienne-du-Grès;1 250,00 €\n' +
  '2;Bibliothèque de l’école, à côté du théâtre;Évry-Courcouronnes;999,50\n3;Façade rénovée, où ça ? Là-bas;Hôpital;12\n';

/** French text written in a code page, by looking each character up in our own tables. */
function encode(text: string, charset: SingleByteCharset): Uint8Array {
  const lookup = new Map<string, number>();
  for (let b = 0x80; b < 0x100; b++) lookup.set(charForByte(charset, b), b);
  return Uint8Array.from([...text].map((ch) => (ch.charCodeAt(0) < 0x80 ? ch.charCodeAt(0) : (lookup.get(ch) ?? 0x3f))));
}

function bestFor(bytes: Uint8Array): SingleByteCharset {
  const evidence = new SingleByteEvidence();
  evidence.feed(bytes);
  return evidence.best();
}

describe('code pages of French text, told apart by byte statistics', () => {
  it('has 128 distinct characters in every upper half', () => {
    for (const charset of SINGLE_BYTE_CHARSETS) {
      const chars = Array.from({ length: 128 }, (_, i) => charForByte(charset, 0x80 + i)).filter((c) => c !== '\uFFFD');
      expect(new Set(chars).size).toBe(chars.length);
      expect(chars.length).toBeGreaterThan(120);
    }
  });
  it('recognises Windows-1252, IBM850 (DOS) and Mac Roman', () => {
    expect(bestFor(encode(FRENCH, 'windows-1252'))).toBe('windows-1252');
    expect(bestFor(encode(FRENCH, 'ibm850'))).toBe('ibm850');
    expect(bestFor(encode(FRENCH, 'macintosh'))).toBe('macintosh');
  });
  it('prefers ISO-8859-15 only when its € stands where Windows-1252 has ¤', () => {
    expect(bestFor(encode('prix;total\néléphant;12 €\nécole;13 €\n', 'iso-8859-15'))).toBe('iso-8859-15');
    expect(bestFor(encode('prix;total\néléphant;12\n', 'iso-8859-15'))).toBe('windows-1252');
  });
  it('decodes IBM850 with its own table, and Windows-1252 with € and ’', () => {
    expect(decodeSingleByte('ibm850', encode('Élève à l’école', 'ibm850'))).toBe('Élève à l?école');
    expect(recordDecoder('windows-1252').decode(encode('d’Enfants 5 €', 'windows-1252'))).toBe('d’Enfants 5 €');
  });
});

describe('Unicode encodings', () => {
  it('reads byte-order marks', () => {
    expect(sniffBom(new Uint8Array([0xef, 0xbb, 0xbf, 0x41]))).toEqual({ encoding: 'utf-8', length: 3 });
    expect(sniffBom(new Uint8Array([0xff, 0xfe, 0x41, 0]))).toEqual({ encoding: 'utf-16le', length: 2 });
    expect(sniffBom(new Uint8Array([0xfe, 0xff, 0, 0x41]))).toEqual({ encoding: 'utf-16be', length: 2 });
    expect(sniffBom(new Uint8Array([0x41, 0x42]))).toBeNull();
  });
  it('finds UTF-16 without a byte-order mark from its zero bytes', () => {
    const le = new Uint8Array(Buffer.from('nom;prénom\nDupont;Hélène\n', 'utf16le'));
    expect(sniffUtf16(le)).toBe('utf-16le');
    const be = new Uint8Array(le.length);
    for (let i = 0; i < le.length; i += 2) {
      be[i] = le[i + 1]!;
      be[i + 1] = le[i]!;
    }
    expect(sniffUtf16(be)).toBe('utf-16be');
    expect(sniffUtf16(new TextEncoder().encode('nom;prénom\n'))).toBeNull();
  });
  it('checks UTF-8 validity, allowing a character cut at the end', () => {
    const bytes = new TextEncoder().encode('Hélène');
    expect(utf8Validity(bytes)).toEqual({ valid: true, multiByte: true });
    expect(utf8Validity(bytes.subarray(0, 2)).valid).toBe(true);
    expect(utf8Validity(encode('Hélène', 'windows-1252')).valid).toBe(false);
  });
  it('understands the labels clerks and scripts type', () => {
    expect(normaliseEncodingLabel('Latin1')).toBe('windows-1252');
    expect(normaliseEncodingLabel('cp850')).toBe('ibm850');
    expect(normaliseEncodingLabel('utf-8-sig')).toBe('utf-8');
    expect(normaliseEncodingLabel('ebcdic')).toBeNull();
  });
});
