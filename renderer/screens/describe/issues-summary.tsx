import type { MetadataIssue } from '../../../shared/metadata/validate-metadata.js';
import { useCatalogue } from '../../i18n/screen-catalogue.js';
import { describeCatalogue } from './describe-catalogue.js';
import './describe.css';
import { itemIndexOf, useIssueText } from './field-issues.js';

type FieldKey =
  | 'title' | 'description' | 'keywords' | 'themes' | 'producer' | 'contact.name' | 'contact.email' | 'licence'
  | 'frequency' | 'temporal.start' | 'temporal.end' | 'spatial' | 'language' | 'source' | 'modified';

const LABELS: Record<FieldKey, keyof typeof describeCatalogue.fr> = {
  'title': 'field.title',
  'description': 'field.description',
  'keywords': 'field.keywords',
  'themes': 'field.themes',
  'producer': 'field.producer',
  'contact.name': 'field.contact.name',
  'contact.email': 'field.contact.email',
  'licence': 'field.licence',
  'frequency': 'field.frequency',
  'temporal.start': 'field.temporal.start',
  'temporal.end': 'field.temporal.end',
  'spatial': 'field.spatial',
  'language': 'field.language',
  'source': 'field.source',
  'modified': 'field.modified',
};

/** The form field an issue belongs to: `keywords.2` → `keywords`, `contact` → `contact.name`. */
export function fieldKeyOf(issue: MetadataIssue): FieldKey | null {
  const [head = '', member] = issue.field.split('.');
  if (head === 'contact') return member === 'email' ? 'contact.email' : 'contact.name';
  if (head === 'temporal') return member === 'end' ? 'temporal.end' : 'temporal.start';
  return head in LABELS ? (head as FieldKey) : null;
}

/** The id of the input of a field in the description form. */
export function inputIdOf(field: FieldKey): string {
  return `describe-${field.replace('.', '-')}`;
}

interface IssuesSummaryProps {
  issues: readonly MetadataIssue[];
  /** `all`, or the portal or profile name, in the sentence. */
  target: string;
  /** The values of list fields, to name the item an issue is about. */
  lists: { keywords: readonly string[]; themes: readonly string[] };
  /** False where the form is not on screen (the publishing step): fields are named, not linked. */
  linkFields?: boolean;
}

/**
 * « Avant de publier »: how many points the chosen portal (or every portal) would refuse, each a
 * button that moves focus to its field, so that a long form is fixed from the top.
 */
export function IssuesSummary({ issues, target, lists, linkFields = true }: IssuesSummaryProps) {
  const t = useCatalogue(describeCatalogue);
  const text = useIssueText();
  return (
    <section className={issues.length === 0 ? 'issues-summary complete' : 'issues-summary'} aria-labelledby="describe-summary-title">
      <h3 id="describe-summary-title">{t('summary.title')}</h3>
      <p role="status">{issues.length === 0 ? t('summary.complete', { target }) : t('summary.count', { count: issues.length, target })}</p>
      {issues.length > 0 && (
        <ul>
          {issues.map((issue) => {
            const field = fieldKeyOf(issue);
            const index = itemIndexOf(issue);
            const list = field === 'keywords' || field === 'themes' ? lists[field] : undefined;
            const item = index !== null && list ? list[index] : undefined;
            return (
              <li key={`${issue.field} ${issue.code} ${issue.portal ?? ''}`}>
                {field && !linkFields && <span>{t(LABELS[field])}</span>}
                {field && linkFields && (
                  <button type="button" className="link-button" onClick={() => document.getElementById(inputIdOf(field))?.focus()}>
                    {t(LABELS[field])}
                  </button>
                )}
                {!field && <span>{issue.field}</span>}
                {t('summary.colon')}
                {text(issue, item)}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
