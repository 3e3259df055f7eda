package org.greencredit.app.upload;

/** 变更类型 of a row: how the platform is to take it. */
public enum ChangeType {
    /** 新增: a result the platform does not hold yet (every row of a full upload) */
    ADDED("新增"),
    /** 变更: replaces the result the platform holds under the same record id */
    CHANGED("变更");

    private final String label;

    ChangeType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    static ChangeType ofLabel(String label) {
        for (ChangeType type : values()) {
            if (type.label.equals(label)) {
                return type;
            }
        }
        throw new IllegalArgumentException("unknown change type " + label);
    }
}
