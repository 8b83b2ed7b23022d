package fr.visioaccueil.survey;

import fr.visioaccueil.network.InvalidChange;
import fr.visioaccueil.network.StaleChange;
import fr.visioaccueil.shared.NotFound;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Runs the campaigns. One campaign at a time: periods may not overlap (the database refuses it too), so that a
 * point never has to choose which questionnaire to offer. The questionnaire is frozen once a first answer came
 * in, so that every answer of a campaign replies to the same questions.
 */
@Service
class Campaigns {

    private final CampaignRepository campaigns;
    private final DefaultQuestionnaire defaults;
    private final SurveyProperties properties;
    private final Clock clock;

    Campaigns(CampaignRepository campaigns, DefaultQuestionnaire defaults, SurveyProperties properties, Clock clock) {
        this.campaigns = campaigns;
        this.defaults = defaults;
        this.properties = properties;
        this.clock = clock;
    }

    List<Campaign> all() {
        return campaigns.all();
    }

    Campaign get(long id) {
        return campaigns.find(id).orElseThrow(() -> new NotFound("Campagne", id));
    }

    Optional<Campaign> current() {
        return campaigns.activeOn(today());
    }

    /** The campaign shown by default on results pages: the current one, else the latest. */
    Optional<Campaign> currentOrLatest() {
        return current().or(() -> campaigns.all().stream().findFirst());
    }

    LocalDate defaultEnd(LocalDate start) {
        return start.plus(properties.campaignLength()).minusDays(1);
    }

    @Transactional
    long create(String name, LocalDate startsOn, LocalDate endsOn) {
        LocalDate end = endsOn == null ? defaultEnd(startsOn) : endsOn;
        if (end.isBefore(startsOn)) {
            throw new InvalidChange("endsOn", "survey.campaign.endBeforeStart");
        }
        if (campaigns.overlaps(startsOn, end, 0)) {
            throw new InvalidChange("startsOn", "survey.campaign.overlap");
        }
        try {
            long id = campaigns.insert(name, startsOn, end);
            defaults.addTo(id);
            return id;
        } catch (DataIntegrityViolationException overlapMeanwhile) {
            // another coordinator created an overlapping campaign since the check: the EXCLUDE constraint said no
            throw new InvalidChange("startsOn", "survey.campaign.overlap");
        }
    }

    /** Ends the campaign today (or on its first day if it has not started): no new invitation after that. */
    @Transactional
    void close(long id, int version) {
        Campaign campaign = get(id);
        LocalDate end = today().isBefore(campaign.startsOn()) ? campaign.startsOn() : today();
        if (end.isAfter(campaign.endsOn())) {
            throw new InvalidChange("campaign", "survey.campaign.alreadyOver");
        }
        if (!campaigns.updateEnd(id, version, end)) {
            throw new StaleChange();
        }
    }

    List<Question> questions(long campaignId) {
        return campaigns.questions(campaignId);
    }

    boolean isFrozen(long campaignId) {
        return campaigns.answerCount(campaignId) > 0;
    }

    @Transactional
    void addQuestion(long campaignId, QuestionKind kind, String label, boolean required, List<String> choices) {
        editable(campaignId);
        if (kind.hasChoices() && choices.size() < 2) {
            throw new InvalidChange("choices", "survey.question.choices.missing");
        }
        campaigns.insertQuestion(campaignId, kind, label, required, kind.hasChoices() ? choices : List.of(), false);
    }

    @Transactional
    void deleteQuestion(long campaignId, long questionId) {
        editable(campaignId);
        campaigns.deleteQuestion(campaignId, questionId);
    }

    /** Swaps the question with its neighbour above ({@code -1}) or below ({@code +1}). */
    @Transactional
    void move(long campaignId, long questionId, int direction) {
        editable(campaignId);
        List<Question> questions = campaigns.questions(campaignId);
        int index = indexOf(questions, questionId);
        int other = index + Integer.signum(direction);
        if (index < 0 || other < 0 || other >= questions.size()) {
            return;
        }
        campaigns.setPosition(questions.get(index).id(), other + 1);
        campaigns.setPosition(questions.get(other).id(), index + 1);
    }

    private static int indexOf(List<Question> questions, long questionId) {
        for (int i = 0; i < questions.size(); i++) {
            if (questions.get(i).id() == questionId) {
                return i;
            }
        }
        return -1;
    }

    private void editable(long campaignId) {
        get(campaignId);
        if (isFrozen(campaignId)) {
            throw new InvalidChange("question", "survey.question.frozen");
        }
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
