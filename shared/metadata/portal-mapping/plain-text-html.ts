/**
 * The clerk writes the description as plain text; Opendatasoft renders it as HTML. Paragraphs
 * (blank-line separated) become `<p>`, line breaks `<br>`, and markup characters are escaped so
 * that a `<` in the text is never read as a tag.
 */

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Plain text to paragraphs of HTML: `a\n\nb` → `<p>a</p><p>b</p>`. */
export function plainTextToHtml(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim())
    .filter((paragraph) => paragraph !== '')
    .map((paragraph) => `<p>${escapeHtml(paragraph).replace(/\n/g, '<br>')}</p>`)
    .join('');
}
