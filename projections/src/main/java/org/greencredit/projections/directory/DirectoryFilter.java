package org.greencredit.projections.directory;

/**
 * Which enterprises a directory query selects; every part is optional (null or blank: any). {@code nameContains}
 * is a substring of the name, {@code creditCodePrefix} and {@code industryCodePrefix} match from the start,
 * {@code subdistrict} and {@code managementClass} are enum names, {@code grade} is a grade code or
 * {@link #UNGRADED} for enterprises with no grade in force, {@code tier} a supervision tier code (an enterprise
 * with no grade in force is {@code STANDARD}). {@code includeLeftScope} keeps enterprises that left scope.
 */
public record DirectoryFilter(String nameContains, String creditCodePrefix, String subdistrict,
                             String industryCodePrefix, String managementClass, String grade, String tier,
                             boolean includeLeftScope) {

    public static final String UNGRADED = "NONE";

    /** Every enterprise, those that left scope included. */
    public static DirectoryFilter all() {
        return new DirectoryFilter(null, null, null, null, null, null, null, true);
    }

    public static DirectoryFilter nameContains(String text) {
        return new DirectoryFilter(text, null, null, null, null, null, null, true);
    }

    public static DirectoryFilter inTier(String tier) {
        return new DirectoryFilter(null, null, null, null, null, null, tier, false);
    }
}
