package fr.visioaccueil.survey;

import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The questionnaire every new campaign starts with, in the spirit of the State's "Je donne mon avis": overall
 * satisfaction, time saved, coming again, clarity, and what was difficult. Its wording comes from the survey
 * bundle in French, the language citizens are asked in; the coordinator may change it before the first answer.
 */
@Component
class DefaultQuestionnaire {

    private record Item(String key, QuestionKind kind, boolean required, boolean overall, int choices) {
    }

    private static final List<Item> ITEMS = List.of(
            new Item("overall", QuestionKind.SMILEY3, true, true, 0),
            new Item("time", QuestionKind.SINGLE, false, false, 3),
            new Item("again", QuestionKind.SINGLE, false, false, 3),
            new Item("clarity", QuestionKind.SCALE5, false, false, 0),
            new Item("difficult", QuestionKind.MULTIPLE, false, false, 5),
            new Item("comment", QuestionKind.TEXT, false, false, 0));

    private final CampaignRepository campaigns;
    private final MessageSource messages;

    DefaultQuestionnaire(CampaignRepository campaigns, MessageSource messages) {
        this.campaigns = campaigns;
        this.messages = messages;
    }

    void addTo(long campaignId) {
        for (Item item : ITEMS) {
            String base = "survey.default." + item.key();
            List<String> choices = java.util.stream.IntStream.rangeClosed(1, item.choices())
                    .mapToObj(n -> text(base + ".choice" + n)).toList();
            campaigns.insertQuestion(campaignId, item.kind(), text(base), item.required(), choices, item.overall());
        }
    }

    private String text(String key) {
        return messages.getMessage(key, null, Locale.FRENCH);
    }
}
