package fr.visioaccueil.evaluation;

import java.util.List;

/** One table of an export: its name (the spreadsheet's tab), its column headings and its rows. */
record Sheet(String name, List<String> headers, List<List<Object>> rows) {
}
