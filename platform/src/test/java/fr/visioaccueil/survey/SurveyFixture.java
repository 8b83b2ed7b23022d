package fr.visioaccueil.survey;

import fr.visioaccueil.network.Point;
import fr.visioaccueil.network.Points;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The current campaign of the shared test database (one at a time: created by whichever test needs it first),
 * and answers given through real invitations.
 */
record SurveyFixture(Campaigns campaigns, SurveyInvitations invitations, SurveyAnswers answers, Points points,
                     Clock clock) {

    Campaign campaign() {
        return campaigns.current().orElseGet(() ->
                campaigns.get(campaigns.create("Campagne de test", LocalDate.now(clock), null)));
    }

    long point(String name) {
        return points.all().stream().filter(p -> p.getName().equals(name)).map(Point::getId).findFirst().orElseThrow();
    }

    /** Answers the overall question with {@code face} (1–3) after a visit of that kind, about that organisation. */
    void answer(long pointId, VisitKind kind, Long organisationId, String face) {
        String token = invitations.issue(pointId, kind, organisationId).token();
        Invitation invitation = invitations.find(token).orElseThrow();
        Question overall = campaigns.questions(campaign().id()).stream().filter(Question::overall).findFirst()
                .orElseThrow();
        answers.record(token, invitation, Map.of(overall.id(), List.of(face)));
    }
}
