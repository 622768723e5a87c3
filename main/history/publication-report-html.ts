/**
 * The printable French report of one publication, for the DPO's file or a CADA request: the
 * dataset, the portal, the source and published files with their SHA-256, the findings, every
 * decision with its justification and legal basis, the dismissals, the pre-flight checks, the
 * metadata sent and the whole story. Every value is escaped: titles, column names and reasons come
 * from the clerk's files and typing.
 */
import type { PublicationDetail } from '../../shared/history/publication-record.js';
import { actionFr, categoryFr, confidenceFr, eventFr, statusFr } from './french-labels.js';

/** How the report writes dates; the zone is the machine's unless given (tests pin it). */
export interface ReportOptions {
  generatedAt?: Date;
  timeZone?: string;
}

type Cell = string | number | null | undefined;

/** Builds the whole report as one self-contained HTML page (no script, no outside resource). */
export function publicationReportHtml(detail: PublicationDetail, options: ReportOptions = {}): string {
  const date = dateWriter(options.timeZone);
  const number = new Intl.NumberFormat('fr-FR');
  const title = `Rapport de publication — ${detail.datasetTitle} (version ${detail.version})`;
  const metadata = detail.metadata;
  const sections = [
    `<h1>${escapeHtml(title)}</h1>`,
    `<p class="meta">Établi le ${escapeHtml(date(options.generatedAt ?? new Date()))} à partir du journal local d’Atelier Open Data.</p>`,
    facts('Publication', [
      ['Jeu de données', detail.datasetTitle],
      ['Identifiant du jeu', detail.datasetSlug],
      ['Version', detail.version],
      ['Clé de publication', detail.publicationKey],
      ['Statut', `${statusFr(detail.status)} depuis le ${date(detail.statusAt)}`],
      ['Enregistrée le', date(detail.recordedAt)],
      ['Par (compte du poste)', detail.osUser],
      ['Version de l’application', detail.appVersion],
      ['Portail', `${detail.portal.profileName} (${detail.portal.engine})`],
    ], [
      ['Adresse du portail', detail.portal.baseUrl],
      ['Page du jeu de données', detail.remote.datasetUrl],
      ['Fichier publié en ligne', detail.remote.resourceUrl],
    ]),
    facts('Fichier source', [
      ['Nom', detail.source.name],
      ['Taille', `${number.format(detail.source.sizeBytes)} octets`],
      ['Modifié le', date(detail.source.modifiedAt)],
      ['SHA-256', detail.source.sha256],
      ['Format', detail.source.format],
      ['Feuille', detail.source.sheet],
      ['Ligne d’en-tête', detail.source.headerRow],
      ['Encodage', detail.source.encoding],
      ['Colonnes lues', detail.source.columns.join(', ')],
    ]),
    facts('Fichier publié', [
      ['Nom', detail.output.name],
      ['SHA-256', detail.output.sha256],
      ['Lignes', number.format(detail.output.rowCount)],
      ['Colonnes', number.format(detail.output.columnCount)],
      ['Colonnes publiées', detail.output.columns.join(', ')],
    ]),
    table('Données personnelles ou protégées repérées', ['Colonne', 'Nature', 'Confiance', 'Part des valeurs', 'Motif', 'Fondement'],
      detail.findings.map((finding) => [
        finding.columnName, categoryFr(finding.category), confidenceFr(finding.confidence),
        `${number.format(Math.round(finding.evidence.share * 1000) / 10)} %`, finding.reason, finding.legalGround,
      ]), 'Aucune donnée personnelle ou protégée repérée.'),
    table('Décisions', ['Colonne', 'Décision', 'Réglage', 'Justification', 'Base légale'],
      detail.decisions.map((decision) => [
        decision.columnName, actionFr(decision.action),
        decision.parameter === undefined ? null : JSON.stringify(decision.parameter), decision.justification, decision.legalBasis,
      ]), 'Aucune décision n’a été nécessaire.'),
    table('Constats écartés', ['Colonne', 'Nature', 'Motif'],
      detail.dismissals.map((dismissal) => [dismissal.columnName, categoryFr(dismissal.category), dismissal.reason]),
      'Aucun constat écarté.'),
    detail.preflight === null
      ? section('Contrôle avant publication', '<p>Aucun contrôle enregistré.</p>')
      : table(
        `Contrôle avant publication du ${date(detail.preflight.ranAt)} — ${detail.preflight.passed ? 'réussi' : 'non réussi'}`,
        ['Colonne publiée', 'Nature', 'Cellules', 'Bloquant', 'Motif'],
        detail.preflight.issues.map((issue) => [
          issue.columnName, issue.kind === 'formula' ? 'cellule ressemblant à une formule' : issue.category ? categoryFr(issue.category) : 'donnée personnelle',
          number.format(issue.cells), issue.blocking ? 'oui' : 'non', issue.reason,
        ]),
        'Aucun point relevé dans le fichier publié.',
      ),
    facts('Description et licence envoyées', [
      ['Titre', metadata.title],
      ['Description', metadata.description],
      ['Mots-clés', metadata.keywords.join(', ')],
      ['Thèmes', metadata.themes.join(', ')],
      ['Producteur', metadata.producer],
      ['Contact', metadata.contact ? `${metadata.contact.name} <${metadata.contact.email}>` : null],
      ['Licence', metadata.licence],
      ['Fréquence de mise à jour', metadata.frequency],
      ['Période couverte', `${metadata.temporal.start ?? '…'} – ${metadata.temporal.end ?? '…'}`],
      ['Couverture géographique', metadata.spatial],
      ['Langue', metadata.language],
      ['Source', metadata.source],
      ['Dernière modification des données', metadata.modified],
      ['Schéma', metadata.schema ? `${metadata.schema.name} ${metadata.schema.version}` : null],
    ]),
    table('Historique', ['Date', 'Étape', 'Détails'],
      detail.events.map((event) => [date(event.at), eventFr(event.type), detailsText(event.details)]), 'Aucun événement.'),
    '<p class="meta">Le journal est en ajout seul : une publication enregistrée et ses événements ne sont jamais réécrits ni effacés par l’application.</p>',
  ];
  return `<!DOCTYPE html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>${escapeHtml(title)}</title>
<style>${STYLE}</style>
</head>
<body>
${sections.join('\n')}
</body>
</html>
`;
}

const STYLE = `body{font:11pt/1.4 system-ui,sans-serif;margin:2em;color:#111}
h1{font-size:16pt}h2{font-size:13pt;margin-top:1.5em;border-bottom:1px solid #999}
table{border-collapse:collapse;width:100%;page-break-inside:avoid}th,td{border:1px solid #bbb;padding:4px 6px;text-align:left;vertical-align:top}
th{background:#eee}dl{display:grid;grid-template-columns:max-content 1fr;gap:2px 1em}dt{font-weight:600}dd{margin:0;overflow-wrap:anywhere}
.meta{color:#444;font-size:9pt}@media print{body{margin:0}a{color:inherit}}`;

/** Escapes text for HTML content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
}

function section(heading: string, body: string): string {
  return `<section><h2>${escapeHtml(heading)}</h2>${body}</section>`;
}

function facts(heading: string, items: [string, Cell][], links: [string, string | null][] = []): string {
  const text = items.filter(([, value]) => value !== null && value !== undefined && value !== '')
    .map(([label, value]) => `<dt>${escapeHtml(label)}</dt><dd>${escapeHtml(String(value))}</dd>`);
  const anchors = links.filter((link): link is [string, string] => link[1] !== null && /^https?:\/\//i.test(link[1]))
    .map(([label, url]) => `<dt>${escapeHtml(label)}</dt><dd><a href="${escapeHtml(url)}">${escapeHtml(url)}</a></dd>`);
  return section(heading, `<dl>${[...text, ...anchors].join('')}</dl>`);
}

function table(heading: string, columns: string[], rows: Cell[][], empty: string): string {
  if (rows.length === 0) return section(heading, `<p>${escapeHtml(empty)}</p>`);
  const head = `<tr>${columns.map((column) => `<th>${escapeHtml(column)}</th>`).join('')}</tr>`;
  const body = rows.map((row) => `<tr>${row.map((cell) => `<td>${escapeHtml(cell === null || cell === undefined ? '' : String(cell))}</td>`).join('')}</tr>`);
  return section(heading, `<table><thead>${head}</thead><tbody>${body.join('')}</tbody></table>`);
}

function detailsText(details: Record<string, unknown>): string {
  return Object.entries(details).map(([key, value]) => `${key}\u00a0: ${typeof value === 'string' ? value : JSON.stringify(value)}`).join(' ; ');
}

function dateWriter(timeZone: string | undefined): (value: Date | string) => string {
  const format = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'long', timeStyle: 'medium', ...(timeZone ? { timeZone } : {}) });
  return (value) => format.format(typeof value === 'string' ? new Date(value) : value);
}
