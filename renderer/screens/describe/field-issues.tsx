import type { MetadataIssue } from '../../../shared/metadata/validate-metadata.js';
import { useI18n } from '../../i18n/i18n.js';
import { useCatalogue } from '../../i18n/screen-catalogue.js';
import { engineCatalogue } from '../publish/engine-catalogue.js';
import { describeCatalogue } from './describe-catalogue.js';

/**
 * The issues of one field: those on the field itself and on its members or items (`contact`
 * holds `contact.email`, `keywords` holds `keywords.2`).
 */
export function issuesOf(issues: readonly MetadataIssue[], field: string): MetadataIssue[] {
  return issues.filter((issue) => issue.field === field || issue.field.startsWith(`${field}.`));
}

/** The item an issue names, for a list field (`keywords.2` → 2), or null for the field itself. */
export function itemIndexOf(issue: MetadataIssue): number | null {
  const last = issue.field.split('.').pop() ?? '';
  return /^\d+$/.test(last) ? Number(last) : null;
}

/** The id of the element that holds a field's errors, for `aria-describedby`. */
export function issuesId(fieldId: string): string {
  return `${fieldId}-issues`;
}

/** The ids that describe an input: its hint, then its errors when it has some. */
export function describedBy(fieldId: string, hasHint: boolean, hasIssues: boolean): string | undefined {
  const ids = [hasHint ? `${fieldId}-hint` : null, hasIssues ? issuesId(fieldId) : null].filter((id): id is string => id !== null);
  return ids.length > 0 ? ids.join(' ') : undefined;
}

/** The sentence of an issue in the clerk's language, naming the portal when only one would refuse. */
export function useIssueText(): (issue: MetadataIssue, item?: string) => string {
  const { locale } = useI18n();
  const t = useCatalogue(describeCatalogue);
  const engine = useCatalogue(engineCatalogue);
  return (issue, item) => {
    const message = item === undefined ? issue.message[locale] : t('issue.item', { value: item, message: issue.message[locale] });
    return issue.portal ? t('issue.portal', { portal: engine(issue.portal), message }) : message;
  };
}

/**
 * The errors of a field, next to it, in French; `items` gives the values of a list field so an
 * item's error says which one. Announced politely as they come and go.
 */
export function FieldIssues({ fieldId, issues, items }: { fieldId: string; issues: readonly MetadataIssue[]; items?: readonly string[] }) {
  const text = useIssueText();
  if (issues.length === 0) return null;
  return (
    <ul id={issuesId(fieldId)} className="field-issues" aria-live="polite">
      {issues.map((issue) => {
        const index = itemIndexOf(issue);
        const item = index !== null && items ? items[index] : undefined;
        return <li key={`${issue.field} ${issue.code} ${issue.portal ?? ''}`}>{text(issue, item)}</li>;
      })}
    </ul>
  );
}
