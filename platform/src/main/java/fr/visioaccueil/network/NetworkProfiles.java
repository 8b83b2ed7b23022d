package fr.visioaccueil.network;

import java.util.Map;
import java.util.Optional;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads and changes the network's identity (single row). */
@Service
public class NetworkProfiles {

    private static final int SINGLE_ROW = 1;

    /** Every page shows the network's identity: read once, until it changes. */
    private final RegistryCache<Integer, NetworkProfile> cache = new RegistryCache<>("NETWORK");
    private final JdbcClient jdbc;
    private final RegistryEvents events;

    NetworkProfiles(JdbcClient jdbc, RegistryEvents events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    public NetworkProfile current() {
        return cache.find(SINGLE_ROW, () -> Optional.of(load())).orElseThrow();
    }

    @EventListener
    void on(RegistryChanged change) {
        cache.evictAfterCommit(change);
    }

    private NetworkProfile load() {
        return jdbc.sql("""
                SELECT name, short_name, territory, primary_color, accent_color, contact_email, contact_phone,
                       contact_address, logo IS NOT NULL AS has_logo, version FROM network_profile WHERE id = 1""")
                .query((rs, n) -> new NetworkProfile(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8),
                        rs.getBoolean(9), rs.getInt(10)))
                .single();
    }

    /** Refuses colours that white text cannot be read on (see {@link BrandColour}); stale versions too. */
    @Transactional
    public void update(int expectedVersion, NetworkProfile profile) {
        BrandColour.requireReadable("primaryColor", profile.primaryColor());
        BrandColour.requireReadable("accentColor", profile.accentColor());
        NetworkProfile before = current();
        int updated = jdbc.sql("""
                UPDATE network_profile SET name = :name, short_name = :short, territory = :territory,
                       primary_color = :primary, accent_color = :accent, contact_email = :email,
                       contact_phone = :phone, contact_address = :address, version = version + 1
                 WHERE id = 1 AND version = :version""")
                .param("name", profile.name()).param("short", profile.shortName())
                .param("territory", profile.territory()).param("primary", profile.primaryColor())
                .param("accent", profile.accentColor()).param("email", profile.contactEmail())
                .param("phone", profile.contactPhone()).param("address", profile.contactAddress())
                .param("version", expectedVersion).update();
        if (updated == 0) {
            throw new StaleChange();
        }
        events.updated("NETWORK", 1, profile.name(), before.asMap(), profile.asMap());
    }

    @Transactional
    public void replaceLogo(Logo logo) {
        jdbc.sql("UPDATE network_profile SET logo = :logo, logo_type = :type, version = version + 1 WHERE id = 1")
                .param("logo", logo.content()).param("type", logo.contentType()).update();
        events.updated("NETWORK", 1, current().name(), Map.of(), Map.of("logo", logo.contentType()));
    }

    public Optional<Logo> logo() {
        return jdbc.sql("SELECT logo_type, logo FROM network_profile WHERE id = 1 AND logo IS NOT NULL")
                .query((rs, n) -> new Logo(rs.getString(1), rs.getBytes(2))).optional();
    }
}
