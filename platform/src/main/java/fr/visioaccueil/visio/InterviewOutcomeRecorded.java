package fr.visioaccueil.visio;

/** The admitting agent recorded what an ended interview led to; follows its {@link InterviewEnded}. */
public record InterviewOutcomeRecorded(long interviewId, long pointId, long organisationId, long agentAccountId,
                                       boolean motifConfirmed, Outcome outcome) {
}
