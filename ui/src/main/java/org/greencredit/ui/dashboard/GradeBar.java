package org.greencredit.ui.dashboard;

/**
 * One bar of the grade distribution: the grade, its name and colour, how many enterprises hold it, and the
 * sentence a screen reader speaks for it, all in the user's language.
 */
record GradeBar(String grade, String name, String colour, long count, String spoken) {
}
