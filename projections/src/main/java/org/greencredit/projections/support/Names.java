package org.greencredit.projections.support;

/**
 * Enum constants as read models store them: by {@code name()}, so a document written when the field was still a
 * string reads back as the constant of that name.
 */
public final class Names {

    private Names() {
    }

    public static String text(Enum<?> constant) {
        return constant == null ? null : constant.name();
    }

    public static <E extends Enum<E>> E constant(Class<E> type, String name) {
        return name == null ? null : Enum.valueOf(type, name);
    }
}
