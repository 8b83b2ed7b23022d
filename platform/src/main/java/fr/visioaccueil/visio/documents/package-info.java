/**
 * Documents exchanged during a visio interview (<i>documents de l’entretien</i>): a scan or photo from the point,
 * a PDF from the agent; type checked from the content, sealed at rest, visible to the interview's two sides only,
 * purged after a retention, every access logged. Internal to the visio module.
 */
package fr.visioaccueil.visio.documents;
