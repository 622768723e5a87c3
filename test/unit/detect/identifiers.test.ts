import { describe, expect, it } from 'vitest';
import { bicIsValid, ibanIsValid, ribIsValid } from '../../../shared/detect/bank-account.js';
import { frenchVatIsValid, luhnIsValid, sirenIsValid, siretIsValid } from '../../../shared/detect/business-id.js';
import { carPlateKind } from '../../../shared/detect/car-plate.js';
import { emailIsValid, isNominativeMailbox, isRoleMailbox } from '../../../shared/detect/email.js';
import { ipVersion } from '../../../shared/detect/ip-address.js';
import { isNirWithoutKey, nirIsValid, nirKind } from '../../../shared/detect/nir.js';
import { parseFrenchPhone, parseNumericPhone } from '../../../shared/detect/phone.js';

describe('NIR (reference §3.1 vectors)', () => {
  it.each(['185053155512380', '290112A00401760', '172039710504565', '288079935001272', '160323155500413', '155012000401291', '795069935200490', '295109912611193', '253072B07300470', '253072A07300443', '255081416802538'])('accepts %s', (value) => {
    expect(nirIsValid(value)).toBe(true);
  });
  it.each(['185053155512381', '290112C00401760', '185133155512314', '18505315551238', '185053155500009', '585053155512374'])('rejects %s', (value) => {
    expect(nirIsValid(value)).toBe(false);
  });
  it('reads spaced and dotted writings and tells temporary numbers apart', () => {
    expect(nirKind('1 85 05 31 555 123 80')).toBe('nir');
    expect(nirKind('1.85.05.31.555.123.80')).toBe('nir');
    expect(nirKind('2 90 11 2A 004 017 60')).toBe('nir');
    expect(nirKind('795069935200490')).toBe('temporary');
  });
  it('knows the 13 characters of a NIR written without its key', () => {
    for (const body of ['1850531555123', '1 85 05 31 555 123', '2901199004017']) expect(isNirWithoutKey(body)).toBe(true);
    for (const other of ['5850531555123', '1851331555123', '1850500555123', '1850531555000', '185053155512380', '9760123456789']) expect(isNirWithoutKey(other)).toBe(false);
  });
});

describe('IBAN, RIB and BIC (reference §3.2 vectors)', () => {
  it.each(['FR67 1234 5678 9000 0123 4567 A79', 'FR76 3000 1000 6400 0000 1234 559', 'FR40 9999 9000 01AB C123 4567 893', 'FR14 2004 1010 0505 0001 3M02 606', 'DE89370400440532013000'])('accepts %s', (value) => {
    expect(ibanIsValid(value)).toBe(true);
  });
  it.each(['FR67 1234 5688 9000 0123 4567 A79', 'FR76 3000 1000 6400 0000 1234 55', 'FR66 1234 5678 9000 0123 4567 A00', 'XX12 3456'])('rejects %s', (value) => {
    expect(ibanIsValid(value)).toBe(false);
  });
  it('checks the RIB key inside a French BBAN', () => {
    expect(ribIsValid('30001000640000001234559')).toBe(true);
    expect(ribIsValid('30001000640000001234558')).toBe(false);
  });
  it.each([['EXMPFRPPXXX', true], ['ABCDFR2T', true], ['TOULFRP1', true], ['AGRIFRP', false], ['1NPAFRPP', false], ['AGRIF1PP', false], ['ABCDXX2T', false]] as const)('BIC %s → %s', (value, valid) => {
    expect(bicIsValid(value)).toBe(valid);
  });
});

describe('SIREN, SIRET, VAT (reference §3.4 vectors)', () => {
  it.each(['123456782', '987654324', '404040404', '213105554', '243100518'])('accepts SIREN %s', (value) => {
    expect(sirenIsValid(value)).toBe(true);
  });
  it.each(['123456783', '12345678', '1234567820'])('rejects SIREN %s', (value) => {
    expect(sirenIsValid(value)).toBe(false);
  });
  it.each(['12345678200010', '98765432400126', '35600000000048', '35600000010000'])('accepts SIRET %s (La Poste rule included)', (value) => {
    expect(siretIsValid(value)).toBe(true);
  });
  it.each(['12345678200011', '35600000010001', '12345678300017'])('rejects SIRET %s', (value) => {
    expect(siretIsValid(value)).toBe(false);
  });
  it.each([['FR11123456782', true], ['FR14987654324', true], ['FR53213105554', true], ['FR44732829320', true], ['FR12123456782', false], ['FR1112345678', false], ['FR11123456783', false]] as const)('VAT %s → %s', (value, valid) => {
    expect(frenchVatIsValid(value)).toBe(valid);
  });
  it('runs Luhn on card test numbers', () => {
    expect(luhnIsValid('4111111111111111')).toBe(true);
    expect(luhnIsValid('4111111111111112')).toBe(false);
  });
});

describe('French phones (reference §3.5 vectors)', () => {
  it.each([['06 39 98 12 34', '+33639981234', 'mobile'], ['+33 5 36 49 00 11', '+33536490011', 'geographic'], ['0033 1 99 00 45 67', '+33199004567', 'geographic'], ['01.99.00.45.67', '+33199004567', 'geographic'], ['+33 (0)6 39 98 12 34', '+33639981234', 'mobile'], ['06-39-98-12-34', '+33639981234', 'mobile'], ['09 72 10 11 12', '+33972101112', 'non-geographic'], ['+262 692 12 34 56', '+262692123456', 'mobile'], ['00596 596 71 23 45', '+596596712345', 'geographic']] as const)('reads %s', (value, e164, kind) => {
    expect(parseFrenchPhone(value)).toEqual({ e164, kind });
  });
  it.each(['00 12 34 56 78', '06 39 98 12 3', '+33 06 39 98 12 34', '06399812345', '2024-03-12', '+262 0692 12 34 56', '+44 20 7946 0958'])('rejects %s', (value) => {
    expect(parseFrenchPhone(value)).toBeNull();
  });
  it('reads a workbook number that lost its leading zero', () => {
    expect(parseNumericPhone(639981234)?.kind).toBe('mobile');
    expect(parseNumericPhone(12)).toBeNull();
  });
});

describe('e-mails (reference §3.6 vectors)', () => {
  it.each(['jeanne.dupont@example.fr', 'j.martin+rh@mairie-exemple.fr', 'contact@exemple.org'])('accepts %s', (value) => {
    expect(emailIsValid(value)).toBe(true);
  });
  it.each(['jeanne.dupont@', '@exemple.fr', 'jeanne dupont@exemple.fr', 'jeanne..dupont@exemple.fr', '.jeanne@exemple.fr'])('rejects %s', (value) => {
    expect(emailIsValid(value)).toBe(false);
  });
  it('tells role mailboxes from a person’s', () => {
    for (const role of ['contact@exemple.org', 'mairie@castelmaurou.fr', 'accueil@ville.fr', 'service.urbanisme@ville.fr', 'no-reply@site.fr', 'piscines@ville.fr', 'ce.0310001a@ac-toulouse.fr']) {
      expect(isRoleMailbox(role)).toBe(true);
      expect(isNominativeMailbox(role)).toBe(false);
    }
    for (const person of ['jeanne.dupont@example.fr', 'j.martin@mairie.fr', 'dupont.jeanne@orange.fr', 'kevin@free.fr']) {
      expect(isRoleMailbox(person)).toBe(false);
      expect(isNominativeMailbox(person)).toBe(true);
    }
    // A year or a number after a name is a person's habit, not a service's code.
    for (const person of ['kevin1990@hotmail.fr', 'jd1985@free.fr']) expect(isRoleMailbox(person)).toBe(false);
    for (const person of ['kevin1990@hotmail.fr', 'marie31@free.fr', 'jeanne.dupont2@orange.fr']) expect(isNominativeMailbox(person)).toBe(true);
  });
});

describe('plates and IP addresses (reference §3.7–3.8 vectors)', () => {
  it.each([['AB-123-CD', 'siv'], ['GZ 404 KM', 'siv'], ['FH123XY', 'siv'], ['WW-123-AB', 'siv'], ['1234 AB 31', 'fni'], ['56 ABC 2A', 'fni'], ['999 XZ 971', 'fni']] as const)('plate %s is %s', (value, kind) => {
    expect(carPlateKind(value)).toBe(kind);
  });
  it.each(['AI-123-BC', 'AB-000-CD', 'SS-123-AB', 'AB-123-CU', '12345 AB 31', '123 ABCD 75', '123 AB 96', '123 AB 00'])('rejects plate %s', (value) => {
    expect(carPlateKind(value)).toBeNull();
  });
  it.each([['192.0.2.17', 4], ['198.51.100.255', 4], ['2001:db8::1', 6], ['2001:db8:0:0:0:0:2:1', 6], ['::ffff:192.0.2.1', 6], ['256.1.1.1', 0], ['192.168.1', 0], ['2001:db8:::1', 0], ['1:2:3:4:5:6:7:8:9', 0]] as const)('IP %s → %d', (value, version) => {
    expect(ipVersion(value)).toBe(version);
  });
});
