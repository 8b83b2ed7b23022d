package fr.visioaccueil.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * Samples of one measure (milliseconds): median and 95th or 99th percentile, by the nearest-rank method. A NaN (a
 * step the page never took) is left out.
 */
final class Figures {

    private final List<Double> samples = new ArrayList<>();

    synchronized void add(double sample) {
        if (!Double.isNaN(sample)) {
            samples.add(sample);
        }
    }

    synchronized int count() {
        return samples.size();
    }

    double median() {
        return percentile(50);
    }

    synchronized double percentile(double p) {
        if (samples.isEmpty()) {
            return Double.NaN;
        }
        List<Double> sorted = new ArrayList<>(samples);
        Collections.sort(sorted);
        int rank = (int) Math.ceil(p / 100 * sorted.size());
        return sorted.get(Math.max(0, rank - 1));
    }

    static String ms(double value) {
        return Double.isNaN(value) ? "–" : String.format(Locale.ROOT, "%.0f ms", value);
    }

    static String ratio(double value) {
        return String.format(Locale.ROOT, "%.2f ×", value);
    }
}
