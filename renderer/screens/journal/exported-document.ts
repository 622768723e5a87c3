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
    opened.addEventListener('load', () => opened.print(), { once: true });
    // The new window has loaded its copy once `load` fired; a minute is ample for a slow machine.
    window.setTimeout(() => URL.revokeObjectURL(url), 60_000);
    return;
  }
  URL.revokeObjectURL(url);
  const frame = window.document.createElement('iframe');
  frame.className = 'print-frame';
  frame.title = document.fileName;
  frame.srcdoc = document.content;
  frame.addEventListener(
    'load',
    () => {
      frame.contentWindow?.addEventListener('afterprint', () => frame.remove(), { once: true });
      frame.contentWindow?.print();
    },
    { once: true },
  );
  window.document.body.append(frame);
}
