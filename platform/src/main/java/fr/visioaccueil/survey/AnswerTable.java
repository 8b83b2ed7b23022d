package fr.visioaccueil.survey;

import java.util.List;

/**
 * A campaign's answers as a table for CSV and spreadsheet exports. Its columns hold nothing that identifies a
 * person or a visit: the month (never the day or the hour), the point, the kind of visit, the organisation, then
 * one column per question. Rows are shuffled within a point and month, so their order says nothing either.
 */
record AnswerTable(List<String> header, List<List<String>> rows) {
}
