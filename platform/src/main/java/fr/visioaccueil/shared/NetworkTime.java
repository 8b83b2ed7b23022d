package fr.visioaccueil.shared;

import java.time.ZoneId;

/** The network's time zone: days, opening hours, slots and weeks are those of mainland France. */
public final class NetworkTime {

    public static final ZoneId ZONE = ZoneId.of("Europe/Paris");

    private NetworkTime() {
    }
}
