package fr.visioaccueil.network;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Embedded;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/** A public-service point (<i>point d'accueil</i>): where citizens are welcomed and connected by visio. */
@Table("point")
public class Point {

    @Id
    private Long id;
    private String slug;
    private String name;
    private String commune;
    private Long communityId;
    private String address;
    private String postcode;
    private HostType hostType;
    private String hostName;
    private boolean confidentialRoom;
    private boolean hasCamera;
    private boolean hasScanner;
    private boolean hasPrinter;
    private String accessibility;
    private String phone;
    private String email;
    @Embedded.Empty
    private OpenDataFacts openData = OpenDataFacts.NONE;
    @MappedCollection(idColumn = "point", keyColumn = "point_key")
    private List<OpeningRange> openingHours = new ArrayList<>();
    @MappedCollection(idColumn = "point", keyColumn = "point_key")
    private List<Closure> closures = new ArrayList<>();
    @Version
    private Integer version;

    @PersistenceCreator
    Point() {
    }

    public static Point create(PointDetails details) {
        Point point = new Point();
        point.update(details);
        point.slug = slugOf(details.name());
        return point;
    }

    /** Replaces the descriptive facts; the slug (public address) stays stable once created. */
    public void update(PointDetails details) {
        name = details.name();
        commune = details.commune();
        communityId = details.communityId();
        address = details.address();
        postcode = details.postcode();
        hostType = details.hostType();
        hostName = details.hostName();
        confidentialRoom = details.confidentialRoom();
        hasCamera = details.hasCamera();
        hasScanner = details.hasScanner();
        hasPrinter = details.hasPrinter();
        accessibility = details.accessibility();
        phone = details.phone();
        email = details.email();
        openData = details.openData();
    }

    /** Replaces the whole weekly grid; refuses two ranges that overlap on the same day. */
    public void replaceOpeningHours(List<OpeningRange> ranges) {
        new WeeklySchedule(ranges).firstOverlap().ifPresent(pair -> {
            throw WeeklySchedule.overlap("ranges", pair.get(0), pair.get(1));
        });
        openingHours = new ArrayList<>(ranges.stream()
                .sorted(Comparator.comparingInt(OpeningRange::day).thenComparing(OpeningRange::opens)).toList());
    }

    public void addClosure(Closure closure) {
        if (closure.lastDay().isBefore(closure.firstDay())) {
            throw new InvalidChange("lastDay", "closure.endBeforeStart");
        }
        closures.add(closure);
        closures.sort(Comparator.comparing(Closure::firstDay));
    }

    public Closure removeClosure(int index) {
        if (index < 0 || index >= closures.size()) {
            throw new InvalidChange("closure", "closure.unknown");
        }
        return closures.remove(index);
    }

    public boolean isClosedOn(LocalDate date) {
        return closures.stream().anyMatch(closure -> closure.covers(date));
    }

    public WeeklySchedule schedule() {
        return new WeeklySchedule(openingHours);
    }

    public PointDetails details() {
        return new PointDetails(name, commune, communityId, address, postcode, hostType, hostName,
                confidentialRoom, hasCamera, hasScanner, hasPrinter, accessibility, phone, email, openData);
    }

    static String slugOf(String name) {
        String ascii = Normalizer.normalize(name.replace("@", "a"), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }

    public Long getId() {
        return id;
    }

    public String getSlug() {
        return slug;
    }

    void setSlug(String slug) {
        this.slug = slug;
    }

    public String getName() {
        return name;
    }

    public String getCommune() {
        return commune;
    }

    public List<OpeningRange> getOpeningHours() {
        return List.copyOf(openingHours);
    }

    public List<Closure> getClosures() {
        return List.copyOf(closures);
    }

    public List<Closure> getUpcomingClosures(LocalDate today) {
        return closures.stream().filter(closure -> !closure.lastDay().isBefore(today)).toList();
    }

    public Integer getVersion() {
        return version;
    }
}
