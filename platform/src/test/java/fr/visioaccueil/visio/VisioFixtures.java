package fr.visioaccueil.visio;

import fr.visioaccueil.network.Organisation;
import fr.visioaccueil.network.Organisations;
import fr.visioaccueil.network.Point;
import fr.visioaccueil.network.Points;
import fr.visioaccueil.shared.StaffMember;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Finds the demo network's places and people by name, and files requests as a mediator would. */
public final class VisioFixtures {

    public static final String THOMAS_BRETENOUX = "thomas.rigal@espap46.example";
    public static final String NADIA_GOURDON = "nadia.cayrou@espap46.example";
    public static final String AGENT_ANPE = "agent.anpe@espap46.example";

    private final Points points;
    private final Organisations organisations;
    private final UserDetailsService users;
    private final Interviews interviews;

    private VisioFixtures(Points points, Organisations organisations, UserDetailsService users,
                          Interviews interviews) {
        this.points = points;
        this.organisations = organisations;
        this.users = users;
        this.interviews = interviews;
    }

    public static VisioFixtures of(ApplicationContext context) {
        return new VisioFixtures(context.getBean(Points.class), context.getBean(Organisations.class),
                context.getBean(UserDetailsService.class), context.getBean(Interviews.class));
    }

    public long point(String name) {
        return points.all().stream().filter(p -> p.getName().equals(name)).map(Point::getId).findFirst().orElseThrow();
    }

    public long organisation(String shortName) {
        return organisations.all().stream().filter(o -> o.getShortName().equals(shortName)).map(Organisation::getId)
                .findFirst().orElseThrow();
    }

    public StaffMember staff(String email) {
        return (StaffMember) users.loadUserByUsername(email);
    }

    public Interview requestAtBretenoux(String organisationShortName, String motif) {
        return interviews.request(new InterviewRequest(point("ESP@P Bretenoux"), organisation(organisationShortName),
                motif, null, true), staff("claire.lafon@espap46.example"));
    }
}
