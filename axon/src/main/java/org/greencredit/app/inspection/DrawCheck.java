package org.greencredit.app.inspection;

import java.util.List;

/**
 * The check of one recorded draw: its period and id, the seed and input hash it recorded, how many enterprises its
 * population held and how many it drew on site, whether it matched, and every difference — of the input hash, of the
 * recomputed plan (tier, enterprise, inspector pair), and of the recorded population against the event store at the
 * draw's position.
 */
public record DrawCheck(String period, String drawId, String seed, String inputHash, int enterprises, int drawnOnSite,
                        boolean matched, List<String> differences) {

    public DrawCheck {
        differences = List.copyOf(differences);
    }
}
