package org.greencredit.domain.actor;

import java.util.HashMap;
import java.util.Map;
import org.greencredit.domain.common.RuleViolation;
import org.greencredit.domain.fact.FactSource;

/**
 * Who issued a command: user id, role and department, for an enterprise user the credit code it acts for, and for a
 * source system (数据来源系统) the one source whose facts it may submit. Travels as message metadata under the
 * {@code actor*} keys and is stored with every event.
 */
public record Actor(String id, Role role, String department, String creditCode, FactSource source) {

    public static final String ID = "actorId";
    public static final String ROLE = "actorRole";
    public static final String DEPARTMENT = "actorDepartment";
    public static final String CREDIT_CODE = "actorCreditCode";
    public static final String SOURCE = "actorSource";

    /** An actor bound to no source: everyone but a source system. */
    public Actor(String id, Role role, String department, String creditCode) {
        this(id, role, department, creditCode, null);
    }

    public static Actor officer(String id, String department) {
        return new Actor(id, Role.OFFICER, department, null);
    }

    public static Actor assessor(String id, String department) {
        return new Actor(id, Role.ASSESSOR, department, null);
    }

    public static Actor enterprise(String id, String creditCode) {
        return new Actor(id, Role.ENTERPRISE, null, creditCode);
    }

    public static Actor sourceSystem(String id, FactSource source) {
        return new Actor(id, Role.SOURCE_SYSTEM, null, null, source);
    }

    /** The actor named by message metadata; refuses a message that names none, or an unknown role or source. */
    public static Actor fromMetaData(Map<String, ?> metaData) {
        Object id = metaData.get(ID);
        Object role = metaData.get(ROLE);
        if (id == null || role == null) {
            throw new RuleViolation("actor.missing");
        }
        Role knownRole;
        try {
            knownRole = Role.valueOf(role.toString());
        } catch (IllegalArgumentException unknownRole) {
            throw new RuleViolation("actor.unknownRole", role);
        }
        return new Actor(id.toString(), knownRole, text(metaData.get(DEPARTMENT)), text(metaData.get(CREDIT_CODE)),
                         source(metaData.get(SOURCE)));
    }

    public Map<String, Object> asMetaData() {
        Map<String, Object> metaData = new HashMap<>();
        metaData.put(ID, id);
        metaData.put(ROLE, role.name());
        if (department != null) {
            metaData.put(DEPARTMENT, department);
        }
        if (creditCode != null) {
            metaData.put(CREDIT_CODE, creditCode);
        }
        if (source != null) {
            metaData.put(SOURCE, source.name());
        }
        return metaData;
    }

    /** Refuses unless this actor has one of the given roles. */
    public void requireRole(Role... allowed) {
        for (Role candidate : allowed) {
            if (candidate == role) {
                return;
            }
        }
        throw new RuleViolation("actor.notPermitted", role);
    }

    /** Refuses an enterprise user acting on another enterprise's file. */
    public void requireOwnFileIfEnterprise(String fileCreditCode) {
        if (role == Role.ENTERPRISE && !fileCreditCode.equals(creditCode)) {
            throw new RuleViolation("actor.notOwnFile", fileCreditCode);
        }
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }

    private static FactSource source(Object value) {
        if (value == null) {
            return null;
        }
        try {
            return FactSource.valueOf(value.toString());
        } catch (IllegalArgumentException unknownSource) {
            throw new RuleViolation("actor.unknownSource", value);
        }
    }
}
