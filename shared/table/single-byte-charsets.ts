/**
 * The upper halves (bytes 0x80–0xFF) of the single-byte code pages French office files come
 * in; the lower half is ASCII in all of them. `\uFFFD` marks a byte the code page leaves
 * undefined, `\u0080`–`\u009F` the C1 control codes.
 */
export type SingleByteCharset = 'windows-1252' | 'iso-8859-15' | 'ibm850' | 'macintosh';

const LATIN1_UPPER = Array.from({ length: 96 }, (_, i) => String.fromCharCode(0xa0 + i)).join('');

const WINDOWS_1252 =
  '\u20AC\uFFFD\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\uFFFD\u017D\uFFFD' +
  '\uFFFD\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\uFFFD\u017E\u0178' +
  LATIN1_UPPER;

const ISO_8859_15 = (() => {
  const chars = (Array.from({ length: 32 }, (_, i) => String.fromCharCode(0x80 + i)).join('') + LATIN1_UPPER).split('');
  const changes: [number, string][] = [[0xa4, '€'], [0xa6, 'Š'], [0xa8, 'š'], [0xb4, 'Ž'], [0xb8, 'ž'], [0xbc, 'Œ'], [0xbd, 'œ'], [0xbe, 'Ÿ']];
  for (const [byte, char] of changes) chars[byte - 0x80] = char;
  return chars.join('');
})();

const IBM850 =
  'ÇüéâäàåçêëèïîìÄÅ' +
  'ÉæÆôöòûùÿÖÜø£Ø×ƒ' +
  'áíóúñÑªº¿®¬½¼¡«»' +
  '░▒▓│┤ÁÂÀ©╣║╗╝¢¥┐' +
  '└┴┬├─┼ãÃ╚╔╩╦╠═╬¤' +
  'ðÐÊËÈıÍÎÏ┘┌█▄¦Ì▀' +
  'ÓßÔÒõÕµþÞÚÛÙýÝ¯´' +
  '\u00AD±‗¾¶§÷¸°¨·¹³²■\u00A0';

const MAC_ROMAN =
  'ÄÅÇÉÑÖÜáàâäãåçéè' +
  'êëíìîïñóòôöõúùûü' +
  '†°¢£§•¶ß®©™´¨≠ÆØ' +
  '∞±≤≥¥µ∂∑∏π∫ªºΩæø' +
  '¿¡¬√ƒ≈∆«»…\u00A0ÀÃÕŒœ' +
  '–—“”‘’÷◊ÿŸ⁄€‹›ﬁﬂ' +
  '‡·‚„‰ÂÊÁËÈÍÎÏÌÓÔ' +
  '\uF8FFÒÚÛÙıˆ˜¯˘˙˚¸˝˛ˇ';

const UPPER_HALVES: Record<SingleByteCharset, string> = {
  'windows-1252': WINDOWS_1252,
  'iso-8859-15': ISO_8859_15,
  ibm850: IBM850,
  macintosh: MAC_ROMAN,
};

/** The character a byte of the upper half stands for in a code page. */
export function charForByte(charset: SingleByteCharset, byte: number): string {
  return UPPER_HALVES[charset][byte - 0x80] ?? '\uFFFD';
}

/** Every charset this module knows, in the order preferred when the bytes cannot tell them apart. */
export const SINGLE_BYTE_CHARSETS: readonly SingleByteCharset[] = ['windows-1252', 'iso-8859-15', 'ibm850', 'macintosh'];

/**
 * Decodes bytes of a single-byte code page. Used where the platform's TextDecoder does not know
 * the code page (IBM850 is not in the WHATWG encoding list).
 */
export function decodeSingleByte(charset: SingleByteCharset, bytes: Uint8Array): string {
  const table = UPPER_HALVES[charset];
  const units = new Uint16Array(bytes.length);
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    units[i] = b < 0x80 ? b : table.charCodeAt(b - 0x80);
  }
  let out = '';
  const step = 8192;
  for (let i = 0; i < units.length; i += step) out += String.fromCharCode(...units.subarray(i, i + step));
  return out;
}
