package fr.visioaccueil.identity;

import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Issues an invitation, then tries to e-mail it once the token is committed; tells the coordinator what
 * happened, with the link itself when the e-mail did not leave (it is shown once, never stored).
 */
@Component
class InvitationDesk {

    private final Invitations invitations;
    private final InvitationMailer mailer;
    private final SignInProperties signIn;

    InvitationDesk(Invitations invitations, InvitationMailer mailer, SignInProperties signIn) {
        this.invitations = invitations;
        this.mailer = mailer;
        this.signIn = signIn;
    }

    void invite(long accountId, RedirectAttributes redirect) {
        Invitation invitation = invitations.issue(accountId);
        Delivery delivery = mailer.send(invitation);
        redirect.addFlashAttribute("flash", delivery.messageKey());
        if (delivery.linkToShow()) {
            redirect.addFlashAttribute("invitationLink", invitation.link());
            redirect.addFlashAttribute("invitationHours", signIn.invitationValidity().toHours());
        }
    }
}
