package fr.visioaccueil.network;

import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Signed convention PDFs, kept apart from the aggregate so that lists never load them. */
@Repository
class ConventionDocuments {

    private final JdbcClient jdbc;

    ConventionDocuments(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void save(long conventionId, SignedDocument document) {
        jdbc.sql("""
                INSERT INTO convention_document (convention, file_name, content) VALUES (:id, :name, :content)
                ON CONFLICT (convention) DO UPDATE SET file_name = :name, content = :content, uploaded_at = now()""")
                .param("id", conventionId).param("name", document.fileName()).param("content", document.content())
                .update();
    }

    Optional<SignedDocument> find(long conventionId) {
        return jdbc.sql("SELECT file_name, content FROM convention_document WHERE convention = :id")
                .param("id", conventionId)
                .query((rs, n) -> new SignedDocument(rs.getString(1), rs.getBytes(2))).optional();
    }

    Set<Long> conventionsWithDocument() {
        return Set.copyOf(jdbc.sql("SELECT convention FROM convention_document").query(Long.class).list());
    }

    boolean exists(long conventionId) {
        return jdbc.sql("SELECT count(*) FROM convention_document WHERE convention = :id")
                .param("id", conventionId).query(Long.class).single() > 0;
    }
}
