package fr.visioaccueil.visio;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.visioaccueil.shared.AccessDeniedToResource;
import fr.visioaccueil.shared.CurrentStaff;
import fr.visioaccueil.shared.ErrorPages;
import fr.visioaccueil.shared.StaffMember;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The interview room page, for its two sides only: shown at its own address, or straight after the agent's
 * "take" when the queue enters the room in place.
 */
@Component
class RoomPage {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Interviews interviews;
    private final RoomPasses passes;
    private final Directory directory;
    private final MessageSource messages;
    private final RoomProperties properties;
    private final TurnCredentials turn;

    RoomPage(Interviews interviews, RoomPasses passes, Directory directory, MessageSource messages,
             RoomProperties properties, TurnCredentials turn) {
        this.interviews = interviews;
        this.passes = passes;
        this.directory = directory;
        this.messages = messages;
        this.properties = properties;
        this.turn = turn;
    }

    /** The room's view (or the "over" page once the interview is no longer running), its model filled. */
    String show(long id, Model model, HttpServletRequest request) {
        Interview interview = interviews.get(id);
        Side side = sideOrRefuse(interview, request);
        model.addAttribute("interview", interview).addAttribute("side", side)
                .addAttribute("point", directory.point(interview.getPointId()))
                .addAttribute("organisation", directory.organisation(interview.getOrganisationId()));
        if (interview.getStatus() != InterviewStatus.ADMITTED) {
            return "visio/over";
        }
        long accountId = member().accountId();
        // the pass and the ICE servers travel in the page: no round trip stands between the page and the call
        model.addAttribute("pass", passes.issue(id, side, accountId))
                .addAttribute("iceServers", iceServersJson(accountId))
                .addAttribute("iceTransportPolicy", properties.iceTransportPolicy());
        return "visio/room";
    }

    /**
     * The room's model for the point's waiting page, which holds the room ready: all but the pass and the ICE
     * servers, which come fresh with the admission's event ({@link LiveUpdates}).
     */
    void prepareForPoint(Model model) {
        model.addAttribute("side", Side.POINT).addAttribute("iceTransportPolicy", properties.iceTransportPolicy());
    }

    private String iceServersJson(long accountId) {
        try {
            return JSON.writeValueAsString(turn.issueFor(accountId).iceServers());
        } catch (JsonProcessingException impossible) {
            // lists of strings always serialise
            throw new IllegalStateException(impossible);
        }
    }

    /** Anyone but the point's mediators and the admitting agent is refused, with the reason in words. */
    Side sideOrRefuse(Interview interview, HttpServletRequest request) {
        try {
            return RoomAccess.sideOf(interview, member());
        } catch (AccessDeniedToResource refused) {
            ErrorPages.explain(request, messages.getMessage("visio.room.refused", null, LocaleContextHolder.getLocale()));
            throw refused;
        }
    }

    static StaffMember member() {
        return CurrentStaff.find().orElseThrow(AccessDeniedToResource::new);
    }
}
