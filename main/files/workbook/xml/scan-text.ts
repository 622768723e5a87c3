import { attributeValue } from './xml-attributes.js';
import { XmlScanner } from './xml-scanner.js';

/** An element of a small part: its local name and a reader of its attributes. */
export interface SmallPartElement {
  name: string;
  attribute(name: string): string | undefined;
}

/**
 * Walks the open tags of a small part held whole (relations, workbook, manifest), for callers
 * that only need element names and attributes, with each element's enclosing element names.
 */
export function forEachElement(xml: string, visit: (element: SmallPartElement, ancestors: readonly string[]) => void): void {
  const ancestors: string[] = [];
  const scanner = new XmlScanner(Infinity, () => new Error('unreachable'));
  scanner.attach({
    open(name, source, start, end, selfClosing) {
      visit({ name, attribute: (attribute) => attributeValue(source, start, end, attribute) }, ancestors);
      if (!selfClosing) ancestors.push(name);
    },
    close() {
      ancestors.pop();
    },
    text() {},
  });
  scanner.feed(xml);
}
