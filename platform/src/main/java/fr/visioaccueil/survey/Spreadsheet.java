package fr.visioaccueil.survey;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/** An {@link AnswerTable} as an XLSX workbook (fastexcel: streaming, no Apache POI). */
final class Spreadsheet {

    private Spreadsheet() {
    }

    static byte[] xlsx(String sheetName, AnswerTable table) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook workbook = new Workbook(out, "Visio-Accueil", "1.0");
            Worksheet sheet = workbook.newWorksheet(sheetName);
            writeRow(sheet, 0, table.header());
            sheet.range(0, 0, 0, table.header().size() - 1).style().bold().set();
            for (int r = 0; r < table.rows().size(); r++) {
                writeRow(sheet, r + 1, table.rows().get(r));
            }
            workbook.finish();
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
        return out.toByteArray();
    }

    private static void writeRow(Worksheet sheet, int row, List<String> cells) {
        for (int c = 0; c < cells.size(); c++) {
            sheet.value(row, c, cells.get(c));
        }
    }
}
