package org.greencredit.app.startup;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a class that starts an application context of its own (the web application, the store-only application,
 * the verification application). Each of them scans {@code org.greencredit.app}, where the others live too; the
 * component scans leave out every class carrying this mark, so no application class has to name another.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface ContextRoot {
}
