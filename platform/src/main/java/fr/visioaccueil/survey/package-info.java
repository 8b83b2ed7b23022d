/**
 * The satisfaction survey (<i>enquête de satisfaction</i>): campaigns and their questionnaire, invitations given
 * to citizens after an Internet consultation or a visio interview (link, QR code, or the point's screen in kiosk
 * mode), anonymous answers, results and exports. {@link fr.visioaccueil.survey.SurveyResults} gives the
 * satisfaction figure to other modules. Depends only on {@code shared} and {@code network}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "network"})
package fr.visioaccueil.survey;
