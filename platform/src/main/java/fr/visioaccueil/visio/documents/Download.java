package fr.visioaccueil.visio.documents;

/** A document opened for one of its interview's sides: safe name, type found at upload, plain content. */
record Download(String name, DocumentType type, byte[] content) {
}
