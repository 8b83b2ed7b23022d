package fr.visioaccueil.evaluation;

import java.util.ArrayList;
import java.util.List;

/**
 * A bar chart laid out on the server, drawn as SVG by the page (no script): columns for a time series, rows for
 * categories. Each chart is shown beside its data table, which is what screen readers read.
 */
record Chart(int width, int height, List<Bar> bars) {

    static final int WIDTH = 640;
    private static final int COLUMNS_HEIGHT = 180;
    private static final int ROW_HEIGHT = 26;
    private static final int LABEL_WIDTH = 220;
    private static final int MAX_COLUMN_LABELS = 13;

    /** {@code label} null: no label under that column (they would overlap). */
    record Bar(String label, String value, int x, int y, int w, int h, int textX, int textY) {
    }

    static Chart columns(List<String> labels, List<Long> values) {
        long max = Math.max(1, values.stream().mapToLong(Long::longValue).max().orElse(1));
        int n = Math.max(1, values.size());
        int slot = WIDTH / n;
        int every = (n + MAX_COLUMN_LABELS - 1) / MAX_COLUMN_LABELS;
        List<Bar> bars = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            int h = (int) Math.round((double) values.get(i) * (COLUMNS_HEIGHT - 40) / max);
            int y = COLUMNS_HEIGHT - 20 - h;
            bars.add(new Bar(i % every == 0 ? labels.get(i) : null, String.valueOf(values.get(i)), i * slot + 1, y,
                    Math.max(1, slot - 2), h, i * slot + slot / 2, COLUMNS_HEIGHT - 5));
        }
        return new Chart(WIDTH, COLUMNS_HEIGHT, bars);
    }

    static Chart rows(List<String> labels, List<Long> values) {
        long max = Math.max(1, values.stream().mapToLong(Long::longValue).max().orElse(1));
        List<Bar> bars = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            int w = (int) Math.round((double) values.get(i) * (WIDTH - LABEL_WIDTH - 60) / max);
            int y = i * ROW_HEIGHT + 4;
            bars.add(new Bar(labels.get(i), String.valueOf(values.get(i)), LABEL_WIDTH, y, w, ROW_HEIGHT - 8,
                    LABEL_WIDTH + w + 6, y + ROW_HEIGHT - 12));
        }
        return new Chart(WIDTH, Math.max(ROW_HEIGHT, values.size() * ROW_HEIGHT + 4), bars);
    }
}
