package fr.visioaccueil.evaluation;

import fr.visioaccueil.network.Distance;

/** The round trip a citizen did not drive: twice the way from the point's community to the nearest office. */
record Trip(long km, long minutes) {

    static final Trip NONE = new Trip(0, 0);

    static Trip roundTrip(Distance oneWay) {
        return new Trip(2L * oneWay.distanceKm(), 2L * oneWay.driveMinutes());
    }

    /** Kilograms of CO₂ for {@code km} driven by an average car emitting {@code kgPerKm}. */
    static double co2Kg(long km, double kgPerKm) {
        return km * kgPerKm;
    }
}
