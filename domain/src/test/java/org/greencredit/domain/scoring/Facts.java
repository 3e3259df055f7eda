package org.greencredit.domain.scoring;

import java.time.LocalDate;
import java.util.UUID;
import org.greencredit.domain.fact.FactAttributes;
import org.greencredit.domain.fact.FactType;
import org.greencredit.domain.fact.ResolvedFact;

/** Short ways to write the facts of scoring cases. */
final class Facts {

    private Facts() {
    }

    static ResolvedFact fact(String id, FactType type, String occurredOn, Object... attributes) {
        return new ResolvedFact(id, type, LocalDate.parse(occurredOn), FactAttributes.of(attributes));
    }

    static ResolvedFact fact(FactType type, String occurredOn, Object... attributes) {
        return fact(UUID.nameUUIDFromBytes((type + occurredOn + java.util.Arrays.toString(attributes)).getBytes())
                        .toString(), type, occurredOn, attributes);
    }

    static ResolvedFact violation(String id, String occurredOn, String category, String severity, Object... more) {
        Object[] attributes = new Object[6 + more.length];
        attributes[0] = "category";
        attributes[1] = category;
        attributes[2] = "severity";
        attributes[3] = severity;
        attributes[4] = "decisionNo";
        attributes[5] = "京通环罚〔" + occurredOn.substring(0, 4) + "〕" + id + "号";
        System.arraycopy(more, 0, attributes, 6, more.length);
        Object[] withMedium = hasMedium(more) ? attributes : append(attributes, "medium", "NONE");
        return fact(id, FactType.VIOLATION, occurredOn, withMedium);
    }

    private static boolean hasMedium(Object[] attributes) {
        for (int i = 0; i < attributes.length; i += 2) {
            if ("medium".equals(attributes[i])) {
                return true;
            }
        }
        return false;
    }

    private static Object[] append(Object[] attributes, Object name, Object value) {
        Object[] longer = java.util.Arrays.copyOf(attributes, attributes.length + 2);
        longer[attributes.length] = name;
        longer[attributes.length + 1] = value;
        return longer;
    }
}
