package org.greencredit.projections.directory;

/** The order of a directory page; ties are broken by credit code. */
public record DirectorySort(Field field, boolean ascending) {

    public static final DirectorySort BY_CREDIT_CODE = new DirectorySort(Field.CREDIT_CODE, true);

    public enum Field {
        CREDIT_CODE("_id"),
        NAME("name"),
        SUBDISTRICT("subdistrict"),
        INDUSTRY("industryCode"),
        GRADE("gradeRank"),
        GRADE_SINCE("gradeSince"),
        REGISTERED_AT("registeredAt");

        private final String column;

        Field(String column) {
            this.column = column;
        }

        String column() {
            return column;
        }
    }
}
