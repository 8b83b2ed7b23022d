package fr.visioaccueil.visio.documents;

/** What the access log records about a document. */
enum DocumentAction {
    UPLOADED, DOWNLOADED, REFUSED, PURGED
}
