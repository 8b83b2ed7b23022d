package fr.visioaccueil.demo;

import fr.visioaccueil.network.Community;
import fr.visioaccueil.network.Distance;
import fr.visioaccueil.network.Territory;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/** Loads the communities of communes and the distance table of the seed (page 6). */
@Component
class DemoTerritory {

    private static final String TABLE = "demo/lot-2009-service-distances.csv";

    private final Territory territory;

    DemoTerritory(Territory territory) {
        this.territory = territory;
    }

    void load() {
        List<String[]> rows = rows();
        Map<String, Long> communities = new LinkedHashMap<>();
        for (String[] row : rows) {
            long id = communities.computeIfAbsent(row[0],
                    name -> territory.addCommunity(name, row[1], Integer.parseInt(row[2])).id());
            territory.putDistance(new Distance(id, row[3], row[4], Integer.parseInt(row[5]),
                    Integer.parseInt(row[6]), Integer.parseInt(row[7])));
        }
    }

    Map<String, Long> communityIds() {
        return territory.communities().stream().collect(Collectors.toMap(Community::name, Community::id));
    }

    private static List<String[]> rows() {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                new ClassPathResource(TABLE).getInputStream(), StandardCharsets.UTF_8))) {
            return reader.lines().skip(1).filter(line -> !line.isBlank()).map(line -> line.split(",")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
