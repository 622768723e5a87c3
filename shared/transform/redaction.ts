/**
 * « Caviarder »: the personal spans found in free text (by the detectors of `shared/detect/`)
 * are replaced by a label saying what was there, and the rest of the text is kept (CRPA L311-7:
 * protected mentions are blanked out, the document is released).
 */
import type { PersonalSpan, PersonalSpanKind } from '../detect/free-text-spans.js';

/** Finds the personal spans of a text (`findPersonalSpans` of `shared/detect/`). */
export type PersonalSpanFinder = (text: string) => PersonalSpan[];

const LABELS: Readonly<Record<PersonalSpanKind, string>> = {
  email: '[courriel]',
  phone: '[téléphone]',
  nir: '[NIR]',
  iban: '[IBAN]',
  'titled-name': '[nom]',
};

/** The label that replaces a span of that kind. */
export function redactionLabel(kind: PersonalSpanKind): string {
  return LABELS[kind];
}

/**
 * The text with every span replaced by its label. Overlapping spans are merged (the first
 * span's kind names the merged one) so that no fragment of a value survives between two labels.
 */
export function redactSpans(text: string, spans: readonly PersonalSpan[]): string {
  if (spans.length === 0) return text;
  const sorted = spans
    .filter((span) => span.end > span.start)
    .map((span) => ({ start: Math.max(0, span.start), end: Math.min(text.length, span.end), kind: span.kind }))
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: PersonalSpan[] = [];
  for (const span of sorted) {
    const last = merged.at(-1);
    if (last && span.start < last.end) last.end = Math.max(last.end, span.end);
    else merged.push({ ...span });
  }
  let out = '';
  let cursor = 0;
  for (const span of merged) {
    out += text.slice(cursor, span.start) + redactionLabel(span.kind);
    cursor = span.end;
  }
  return out + text.slice(cursor);
}
