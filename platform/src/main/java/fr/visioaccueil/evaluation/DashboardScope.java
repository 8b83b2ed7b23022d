package fr.visioaccueil.evaluation;

/**
 * Whose figures a dashboard shows: the whole network (both null), one point, or one organisation. Another module
 * that feeds a tile (the satisfaction survey) receives it to answer for the same scope.
 */
public record DashboardScope(Long pointId, Long organisationId) {

    public static DashboardScope network() {
        return new DashboardScope(null, null);
    }

    public static DashboardScope point(long pointId) {
        return new DashboardScope(pointId, null);
    }

    public static DashboardScope organisation(long organisationId) {
        return new DashboardScope(null, organisationId);
    }

    /** The counters to read and the rows of them that belong to this scope. */
    String table() {
        return pointId == null ? "evaluation_network_tally" : "evaluation_tally";
    }

    String filter() {
        return pointId != null ? "point_id = :scope" : organisationId != null ? "organisation_id = :scope" : "TRUE";
    }

    long id() {
        return pointId != null ? pointId : organisationId != null ? organisationId : 0;
    }
}
