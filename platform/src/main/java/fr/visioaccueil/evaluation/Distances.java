package fr.visioaccueil.evaluation;

import fr.visioaccueil.network.Community;
import fr.visioaccueil.network.Distance;
import fr.visioaccueil.network.Territory;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The coordinator's changes to the distance table: one row, or a whole table imported for another network. */
@Service
class Distances {

    private final Territory territory;

    Distances(Territory territory) {
        this.territory = territory;
    }

    /** All or nothing: one transaction; unknown communities are created with the file's seat and population. */
    @Transactional
    int importAll(java.util.List<DistanceImport.Row> rows) {
        Map<String, Long> communities = new HashMap<>();
        territory.communities().forEach(community -> communities.put(community.name(), community.id()));
        for (DistanceImport.Row row : rows) {
            long id = communities.computeIfAbsent(row.community(),
                    name -> territory.addCommunity(name, row.seat(), row.population()).id());
            territory.putDistance(new Distance(id, row.service(), row.officeTown(), row.km(), row.minutes(),
                    row.localCount()));
        }
        return rows.size();
    }

    @Transactional
    void put(DistanceForm form) {
        if (territory.communities().stream().map(Community::id).noneMatch(form.communityId()::equals)) {
            throw new fr.visioaccueil.network.InvalidChange("communityId", "evaluation.distance.community");
        }
        territory.putDistance(new Distance(form.communityId(), form.service().strip().toUpperCase(java.util.Locale.ROOT),
                form.officeTown().strip(), form.distanceKm(), form.driveMinutes(), 0));
    }
}
