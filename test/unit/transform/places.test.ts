import { describe, expect, it } from 'vitest';
import { addressToCommune, addressToStreet } from '../../../shared/transform/address.js';
import { roundCoordinate, roundCoordinates } from '../../../shared/transform/coordinates.js';
import { postalCodeToDepartment } from '../../../shared/transform/postal-code.js';
import { hideSmallCount } from '../../../shared/transform/small-count.js';

describe('postal code → département', () => {
  it('keeps the first two digits in metropolitan France', () => {
    expect(postalCodeToDepartment('31500')).toBe('31');
    expect(postalCodeToDepartment('01000')).toBe('01');
    expect(postalCodeToDepartment('75 011')).toBe('75');
  });

  it('tells the two Corsican départements apart and keeps overseas codes on three digits', () => {
    expect(postalCodeToDepartment('20090')).toBe('2A');
    expect(postalCodeToDepartment('20167')).toBe('2A');
    expect(postalCodeToDepartment('20200')).toBe('2B');
    expect(postalCodeToDepartment('20600')).toBe('2B');
    expect(postalCodeToDepartment('97400')).toBe('974');
    expect(postalCodeToDepartment('97100')).toBe('971');
  });

  it('restores the leading zero a workbook number lost, and empties non-codes', () => {
    expect(postalCodeToDepartment(1000)).toBe('01');
    expect(postalCodeToDepartment('3100')).toBe('');
    expect(postalCodeToDepartment('00000')).toBe('');
    expect(postalCodeToDepartment('Toulouse')).toBe('');
  });
});

describe('address → street / commune', () => {
  it('removes the street number and the flat details', () => {
    expect(addressToStreet('12 rue des Lilas')).toBe('rue des Lilas');
    expect(addressToStreet('3 bis, allée Jean Jaurès')).toBe('allée Jean Jaurès');
    expect(addressToStreet('22B av. de Muret 31300 Toulouse')).toBe('av. de Muret 31300 Toulouse');
    expect(addressToStreet('Résidence les Pins, bât 4, apt 12, 7 cheminement Louis Aragon'))
      .toBe('Résidence les Pins, cheminement Louis Aragon');
  });

  it('keeps the commune only', () => {
    expect(addressToCommune('12 rue des Lilas 31000 Toulouse')).toBe('Toulouse');
    expect(addressToCommune('1 place du Capitole, 31000 TOULOUSE CEDEX 6')).toBe('TOULOUSE');
    expect(addressToCommune('145 chemin de la Flambère, Blagnac')).toBe('Blagnac');
  });

  it('empties an address whose commune cannot be told apart from the street', () => {
    expect(addressToCommune('12 rue des Lilas')).toBe('');
    expect(addressToCommune('Blagnac, 4 rue du Parc')).toBe('');
    expect(addressToCommune('Mairie, rue du Parc')).toBe('');
  });
});

describe('coordinates rounded', () => {
  it('rounds degrees to the chosen decimals, in every common spelling', () => {
    expect(roundCoordinates(43.604652, 3)).toBe('43.605');
    expect(roundCoordinates('43.604652, 1.444209', 3)).toBe('43.605, 1.444');
    expect(roundCoordinates('43,604652;1,444209', 2)).toBe('43.60;1.44');
    expect(roundCoordinates('43.604652 1.444209', 3)).toBe('43.605 1.444');
    expect(roundCoordinates('POINT(1.44421 43.60465)', 3)).toBe('POINT (1.444 43.605)');
    expect(roundCoordinates('{"type":"Point","coordinates":[1.44421,43.60465]}', 3))
      .toBe('{"type":"Point","coordinates":[1.444,43.605]}');
  });

  it('rounds projected metres to the matching step (3 decimals ≈ 100 m)', () => {
    expect(roundCoordinate(574340.27, 3)).toBe('574300');
    expect(roundCoordinate(6279566.5, 2)).toBe('6280000');
  });

  it('never writes a negative zero, and empties what is no coordinate', () => {
    expect(roundCoordinate(-0.0001, 3)).toBe('0.000');
    expect(roundCoordinates('près de la mairie', 3)).toBe('');
    expect(roundCoordinates('{"type":"Point"}', 3)).toBe('');
  });
});

describe('small counts', () => {
  it('hides counts from 1 to threshold − 1', () => {
    expect(hideSmallCount('4', 11)).toBe('< 11');
    expect(hideSmallCount(10, 11)).toBe('< 11');
    expect(hideSmallCount('11', 11)).toBe('11');
    expect(hideSmallCount('0', 11)).toBe('0');
    expect(hideSmallCount('1 250', 11)).toBe('1250');
    expect(hideSmallCount('2', 3)).toBe('< 3');
  });

  it('empties cells that are no count', () => {
    expect(hideSmallCount('n.c.', 11)).toBe('');
    expect(hideSmallCount(null, 11)).toBe('');
  });
});
