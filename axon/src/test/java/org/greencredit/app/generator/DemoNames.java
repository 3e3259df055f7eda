package org.greencredit.app.generator;

import java.util.List;

/** The demo district's enterprise names, for tests outside this package (the announcement's font). */
public final class DemoNames {

    private DemoNames() {
    }

    public static List<String> all() {
        return DemoEnterprises.all().stream().map(enterprise -> enterprise.registration().profile().name()).toList();
    }
}
