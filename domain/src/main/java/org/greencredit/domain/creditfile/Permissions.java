package org.greencredit.domain.creditfile;

import static org.greencredit.domain.actor.Role.ASSESSOR;
import static org.greencredit.domain.actor.Role.OFFICER;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.greencredit.domain.actor.Actor;
import org.greencredit.domain.actor.Role;
import org.greencredit.domain.common.RuleViolation;
import org.greencredit.domain.fact.FactSource;
import org.greencredit.domain.fact.FactType;

/**
 * Who may record which facts, and which items an enterprise may declare. Officers record what enforcement,
 * monitoring and other departments report; the third-party assessor records environmental diagnosis findings and
 * checks their rectification; a false declaration is only ever raised by verification. Public so that forms offer
 * exactly what the credit file accepts.
 */
public final class Permissions {

    public static final Set<FactType> DECLARABLE = Collections.unmodifiableSet(EnumSet.of(
            FactType.GREEN_PRACTICE, FactType.RECTIFICATION_COMPLETED, FactType.PERMIT_REPORT,
            FactType.CREDIT_COMMITMENT, FactType.AWARD));

    private static final Map<FactType, Set<Role>> RECORDERS = new EnumMap<>(FactType.class);

    static {
        for (FactType type : FactType.values()) {
            RECORDERS.put(type, EnumSet.of(OFFICER));
        }
        RECORDERS.put(FactType.DIAGNOSIS_FINDING, EnumSet.of(ASSESSOR));
        RECORDERS.put(FactType.RECTIFICATION_COMPLETED, EnumSet.of(OFFICER, ASSESSOR));
        RECORDERS.put(FactType.FALSE_DECLARATION, EnumSet.noneOf(Role.class));
    }

    private Permissions() {
    }

    /** The fact types {@code role} may record, in the order of {@link FactType}. */
    public static Set<FactType> recordableBy(Role role) {
        Set<FactType> types = EnumSet.noneOf(FactType.class);
        RECORDERS.forEach((type, recorders) -> {
            if (recorders.contains(role)) {
                types.add(type);
            }
        });
        return Collections.unmodifiableSet(types);
    }

    /**
     * A source system may record, by import only, what an officer may record, and only facts of its own source;
     * everyone else as {@link #recordableBy}.
     */
    static void requireMayRecord(Actor actor, FactType type, FactSource source, boolean imported) {
        Set<Role> recorders = RECORDERS.get(type);
        if (recorders.isEmpty()) {
            throw new RuleViolation("fact.type.notRecordable", type);
        }
        if (actor.role() == Role.SOURCE_SYSTEM && imported && recorders.contains(OFFICER)) {
            if (source != actor.source()) {
                throw new RuleViolation("import.source.notOwn", "fact.source." + source, "fact.source." + actor.source());
            }
            return;
        }
        actor.requireRole(recorders.toArray(Role[]::new));
    }

    static void requireDeclarable(FactType type) {
        if (!DECLARABLE.contains(type)) {
            throw new RuleViolation("declaration.type.notDeclarable", type);
        }
    }
}
