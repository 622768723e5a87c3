import type { ExportedDocument } from '../../../shared/api/history-api.js';

/** A document from main made into a file the browser can save: its Blob URL and name. */
export interface SavedDocument {
  fileName: string;
  url: string;
}

/**
 * Makes a Blob URL of an exported document and starts its download through an `<a download>`,
 * the one way both hosts save a file the renderer made (Electron asks where to save it). The URL
 * stays valid for the « enregistrer à nouveau » link; release it with `releaseDocument`.
 */
export function saveDocument(document: ExportedDocument): SavedDocument {
  const url = URL.createObjectURL(new Blob([document.content], { type: document.mediaType }));
  const link = window.document.createElement('a');
  link.href = url;
  link.download = document.fileName;
  link.hidden = true;
  window.document.body.append(link);
  link.click();
  link.remove();
  return { fileName: document.fileName, url };
}

/** Releases the Blob URL of a document saved earlier. */
export function releaseDocument(saved: SavedDocument | null): void {
  if (saved) URL.revokeObjectURL(saved.url);
}

/**
 * Opens the printable report in a new window and asks it to print. Where no window may open
 * (Electron refuses new windows, a browser may block pop-ups), the report is printed from a
 * hidden frame instead, so the clerk always gets the print dialog.
 */
export function printDocument(document: ExportedDocument): void {
  const url = URL.createObjectURL(new Blob([document.content], { type: document.mediaType }));
  const opened = window.open(url, '_blank');
  if (opened) {
    opened.addEventListener(
      'load',
      () => {
        adoptOwnStyles(opened.document);
        opened.print();
      },
      { once: true },
    );
    // The new window has loaded its copy once `load` fired; a minute is ample for a slow machine.
    window.setTimeout(() => URL.revokeObjectURL(url), 60_000);
    return;
  }
  URL.revokeObjectURL(url);
  // A frame whose print dialog never reported its end is replaced, not piled up.
  for (const earlier of window.document.querySelectorAll('iframe.print-frame')) earlier.remove();
  const frame = window.document.createElement('iframe');
  frame.className = 'print-frame';
  frame.title = document.fileName;
  frame.srcdoc = document.content;
  frame.addEventListener(
    'load',
    () => {
      const framed = frame.contentWindow;
      if (!framed) return;
      adoptOwnStyles(framed.document);
      framed.addEventListener('afterprint', () => frame.remove(), { once: true });
      framed.print();
    },
    { once: true },
  );
  window.document.body.append(frame);
}

/**
 * Gives the report its own look back. A document opened from a Blob URL or `srcdoc` inherits the
 * renderer's Content-Security-Policy, which refuses inline `<style>`; the report's sheet (main's
 * escaped HTML, no outside resource) is adopted through the CSSOM instead, which that policy allows.
 */
function adoptOwnStyles(target: Document): void {
  const view = target.defaultView as (Window & typeof globalThis) | null;
  if (!view) return;
  const sheets = [...target.querySelectorAll('style')].map((style) => {
    const sheet = new view.CSSStyleSheet();
    sheet.replaceSync(style.textContent ?? '');
    return sheet;
  });
  target.adoptedStyleSheets = [...target.adoptedStyleSheets, ...sheets];
}
