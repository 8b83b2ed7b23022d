package fr.visioaccueil.network;

import java.util.List;

/**
 * What anyone may know of a point: the public page and the open API show exactly these facts.
 */
public record PublicPoint(
        long id, String slug, String name, String commune, String address, String postcode,
        HostType hostType, String hostName, boolean confidentialRoom, Equipment equipment,
        String accessibility, String phone, String email,
        List<OpeningRange> openingHours, List<Closure> upcomingClosures, List<Partner> partners,
        OpenDataFacts openData) {

    /** The devices available to citizens at the point. */
    public record Equipment(boolean camera, boolean scanner, boolean printer) {
    }

    /** An organisation available at the point under a current convention, and when. */
    public record Partner(long organisationId, String name, String shortName, OrganisationCategory category,
                          String services, List<Presence> presences) {
    }

    public boolean offers(long organisationId) {
        return partners.stream().anyMatch(partner -> partner.organisationId() == organisationId);
    }
}
