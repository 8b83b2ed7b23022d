package fr.visioaccueil.survey;

import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the satisfaction survey.
 *
 * @param invitationValidity how long a citizen may answer after the invitation was given (whole days)
 * @param campaignLength the default length of a new campaign from its start date
 */
@ConfigurationProperties("visio.survey")
record SurveyProperties(@DefaultValue("P14D") Period invitationValidity, @DefaultValue("P6M") Period campaignLength) {
}
