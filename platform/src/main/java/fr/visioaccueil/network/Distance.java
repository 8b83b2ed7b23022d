package fr.visioaccueil.network;

/**
 * From a community's seat to the nearest office of a public service: road distance and driving time.
 * {@code localCount} offices sit in the seat itself (then the distance is 0).
 */
public record Distance(long communityId, String service, String officeTown, int distanceKm, int driveMinutes,
                       int localCount) {
}
