package fr.visioaccueil.network;

import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Organisation logos, kept apart from the aggregate so that lists never load images. */
@Repository
class OrganisationLogos {

    private final JdbcClient jdbc;

    OrganisationLogos(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void save(long organisationId, Logo logo) {
        jdbc.sql("""
                INSERT INTO organisation_logo (organisation, content_type, content) VALUES (:id, :type, :content)
                ON CONFLICT (organisation) DO UPDATE SET content_type = :type, content = :content""")
                .param("id", organisationId).param("type", logo.contentType()).param("content", logo.content())
                .update();
    }

    Optional<Logo> find(long organisationId) {
        return jdbc.sql("SELECT content_type, content FROM organisation_logo WHERE organisation = :id")
                .param("id", organisationId)
                .query((rs, n) -> new Logo(rs.getString(1), rs.getBytes(2))).optional();
    }
}
