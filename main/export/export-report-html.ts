/**
 * The French publication report written beside the exported CSV (« Exporter vers un dossier »):
 * a printable page listing every column removed or transformed and why, the columns published
 * as is, the findings set aside and the pre-flight result. It is a document for the commune's
 * records, so it is in French whatever the interface language. Every value is escaped.
 */
import type { DraftContent } from '../../shared/decisions/draft-content.js';
import { decisionJustification, decisionSummary } from '../../shared/decisions/decision-summary.js';
import { decisionFor } from '../../shared/decisions/decision-history.js';
import { legalBasisById } from '../../shared/decisions/legal-bases.js';
import type { OutputColumn } from '../../shared/decisions/output-plan.js';
import { categoryFr } from '../history/french-labels.js';
import { escapeHtml } from '../history/publication-report-html.js';
import type { VettedCsv } from './vetted-csv-writer.js';

/** What the report is about. */
export interface ExportReportInput {
  content: DraftContent;
  plan: readonly OutputColumn[];
  csv: VettedCsv;
  csvFileName: string;
  generatedAt: Date;
}

const DATE_TIME = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'long', timeStyle: 'short' });
const NUMBER = new Intl.NumberFormat('fr-FR');

/** The report as a complete HTML page. */
export function exportReportHtml(input: ExportReportInput): string {
  const { content, plan, csv } = input;
  const title = content.metadata.title?.trim() || content.sourceName;
  const state = content.decisions.present;
  const reasonsOf = (index: number): string =>
    content.findings.filter((f) => f.columnIndex === index).map((f) => `${categoryFr(f.category)} — ${f.reason}`).join('\u00a0; ');
  const transformed = [...content.columns]
    .sort((a, b) => a.index - b.index)
    .map((column) => ({ column, decision: decisionFor(state, column.index) ?? null, out: plan.find((p) => p.sourceIndex === column.index) }))
    .filter(({ decision }) => decision !== null && decision.kind !== 'keep');
  const kept = plan.filter((column) => column.decision === null || column.decision.kind === 'keep');
  const pseudonymised = plan.some((column) => column.decision?.kind === 'pseudonymise');

  const sections = [
    `<h1>Rapport de publication — ${escapeHtml(title)}</h1>`,
    `<p class="meta">Établi le ${escapeHtml(DATE_TIME.format(input.generatedAt))} par Atelier Open Data.</p>`,
    facts([
      ['Fichier source', content.sourceName],
      ['Fichier publié', input.csvFileName],
      ['Lignes', NUMBER.format(csv.rowCount)],
      ['Colonnes publiées', `${NUMBER.format(plan.length)} sur ${NUMBER.format(content.columns.length)}`],
      ['Empreinte SHA-256', csv.sha256],
      ['Taille', `${NUMBER.format(csv.size)} octets`],
      ['Format', `CSV UTF-8${content.output.bom ? ' avec BOM' : ''}, séparateur «\u00a0${content.output.delimiter}\u00a0»`],
    ]),
    section('Colonnes supprimées ou transformées', table(
      ['Colonne source', 'Colonne publiée', 'Décision', 'Signalement', 'Justification'],
      transformed.map(({ column, decision, out }) => [
        column.name,
        out ? out.name : '—',
        decisionSummary(decision).fr,
        reasonsOf(column.index) || 'Relevé au contrôle avant envoi',
        decisionJustification(decision) ?? '',
      ]),
      'Aucune colonne n’a été supprimée ni transformée.',
    )),
    section('Colonnes publiées telles quelles', table(
      ['Colonne publiée', 'Colonne source', 'Décision', 'Justification et base légale'],
      kept.map((column) => [
        column.name,
        column.sourceName,
        decisionSummary(column.decision).fr,
        keepReason(column),
      ]),
      'Aucune.',
    )),
    section('Signalements écartés', table(
      ['Colonne', 'Signalement', 'Motif'],
      content.dismissals.map((d) => [content.columns.find((c) => c.index === d.columnIndex)?.name ?? `#${d.columnIndex + 1}`, categoryFr(d.category), d.reason]),
      'Aucun.',
    )),
    section('Contrôle avant envoi', preflightText(content)),
  ];
  if (pseudonymised) {
    sections.push(
      '<p class="warning">Des colonnes sont pseudonymisées\u00a0: des données pseudonymisées restent des données personnelles (RGPD, article 4(5)). Leur publication en données ouvertes exige une base légale.</p>',
    );
  }
  return `<!DOCTYPE html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>${escapeHtml(`Rapport de publication — ${title}`)}</title>
<style>${STYLE}</style>
</head>
<body>
${sections.join('\n')}
</body>
</html>
`;
}

function keepReason(column: OutputColumn): string {
  if (column.decision?.kind !== 'keep') return '';
  const basis = column.decision.legalBasis ? legalBasisById(column.decision.legalBasis) : undefined;
  const justification = column.decision.justification.trim();
  return basis ? `${justification} (${basis.reference}\u00a0: ${basis.label.fr})` : justification;
}

function preflightText(content: DraftContent): string {
  const report = content.preflight;
  if (!report) return '<p>Le contrôle avant envoi n’a pas encore été fait.</p>';
  const head = `<p>Fait le ${escapeHtml(DATE_TIME.format(new Date(report.ranAt)))} sur ${escapeHtml(NUMBER.format(report.rowCount))} lignes du fichier publié\u00a0: ${
    report.passed ? 'aucune donnée personnelle non décidée ni formule n’y a été trouvée.' : 'des points bloquants restaient.'
  }</p>`;
  if (report.issues.length === 0) return head;
  return head + table(
    ['Colonne publiée', 'Constat', 'Cellules', 'Bloquant'],
    report.issues.map((issue) => [
      issue.columnName,
      issue.kind === 'formula' ? 'Formule de tableur' : categoryFr(issue.category ?? ''),
      NUMBER.format(issue.cells),
      issue.blocking ? 'oui' : 'non (couvert par la décision)',
    ]),
    '',
  );
}

function section(heading: string, body: string): string {
  return `<section><h2>${escapeHtml(heading)}</h2>${body}</section>`;
}

function facts(items: [string, string][]): string {
  return `<dl>${items.map(([label, value]) => `<dt>${escapeHtml(label)}</dt><dd>${escapeHtml(value)}</dd>`).join('')}</dl>`;
}

function table(headings: string[], rows: string[][], empty: string): string {
  if (rows.length === 0) return `<p>${escapeHtml(empty)}</p>`;
  const head = `<tr>${headings.map((h) => `<th scope="col">${escapeHtml(h)}</th>`).join('')}</tr>`;
  const body = rows.map((row) => `<tr>${row.map((cell) => `<td>${escapeHtml(cell)}</td>`).join('')}</tr>`).join('');
  return `<table><thead>${head}</thead><tbody>${body}</tbody></table>`;
}

const STYLE = `body{font:11pt/1.4 system-ui,sans-serif;margin:2em;color:#111}
h1{font-size:16pt}h2{font-size:13pt;margin-top:1.5em;border-bottom:1px solid #999}
table{border-collapse:collapse;width:100%}tr{page-break-inside:avoid}th,td{border:1px solid #bbb;padding:4px 6px;text-align:left;vertical-align:top;overflow-wrap:anywhere}
th{background:#eee}dl{display:grid;grid-template-columns:max-content 1fr;gap:2px 1em}dt{font-weight:600}dd{margin:0;overflow-wrap:anywhere}
.meta{color:#444;font-size:9pt}.warning{border-left:4px solid #b00;padding-left:.5em}@media print{body{margin:0}}`;
