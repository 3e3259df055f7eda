package org.greencredit.app.demo;

import com.mongodb.client.MongoDatabase;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.greencredit.app.GreenCreditProperties;
import org.greencredit.app.cli.StoreOnlyApplication;
import org.greencredit.app.generator.DemoDistrictSeeder.Seeded;
import org.greencredit.app.generator.DemoDistrictSeeder;
import org.greencredit.app.generator.DemoInspections;
import org.greencredit.app.generator.DemoInspectors;
import org.greencredit.app.inspection.InspectionDesk;
import org.greencredit.app.messaging.CaughtUp;
import org.greencredit.app.secrets.LocalSecret;
import org.greencredit.app.security.AccountSeal;
import org.greencredit.app.security.MongoUserAccounts;
import org.greencredit.domain.actor.Actor;
import org.greencredit.domain.actor.Role;
import org.greencredit.domain.common.BusinessDay;
import org.greencredit.domain.fact.FactSource;
import org.greencredit.ui.security.NewUserAccount;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;

/**
 * 演示数据: on the first start of an empty embedded store, before the application itself starts, the demo
 * district is created through the normal command path — in a store-only application on a simulated clock that
 * walks from two years ago up to yesterday — with its 执法人员名录 and this quarter's 双随机抽查, together with one demo user per role, whose
 * passwords are printed once. Never in the production profile, never against Axon Server or an external MongoDB, never on a store that
 * has events, and not when {@code greencredit.demo.enabled=false}.
 */
public final class DemoSeeding {

    private static final Logger LOG = LoggerFactory.getLogger(DemoSeeding.class);
    private static final int DEMO_PASSWORD_LENGTH = 14;
    private static final Actor SEEDING = new Actor("demo-seeding", Role.ADMIN, "信息中心", null);

    private DemoSeeding() {
    }

    /** Who may sign in to the demo, with the password generated for this store. */
    public record DemoUser(String username, Role role, String creditCode, String password) {
    }

    public record DemoDistrict(Seeded seeded, List<DemoUser> users) {
    }

    /** Seeds when the configuration given by {@code args} asks for it and the store is empty. */
    public static Optional<DemoDistrict> seedIfWanted(String[] args, PrintStream out) {
        if (!wanted(args)) {
            return Optional.empty();
        }
        LocalDate today = LocalDate.now(BusinessDay.DISTRICT_ZONE);
        List<String> arguments = new ArrayList<>(Arrays.asList(args));
        arguments.addAll(List.of("--greencredit.clock.mode=simulated",
                                 "--greencredit.clock.simulated-start=" + today.minusYears(2).withDayOfYear(1),
                                 "--spring.main.web-application-type=none",
                                 "--greencredit.reference-data.publish-shipped=false"));
        out.println("green-credit: empty store — creating the demo district (30 enterprises, two years) …");
        try (ConfigurableApplicationContext store = new SpringApplicationBuilder(StoreOnlyApplication.class)
                .web(WebApplicationType.NONE).run(arguments.toArray(String[]::new))) {
            Seeded seeded = store.getBean(DemoDistrictSeeder.class).seed(today, step -> LOG.info("Demo: {}", step));
            DemoInspectors.seed(store.getBean(CommandGateway.class), SEEDING, seeded.demoEnterpriseCreditCode());
            DemoInspections.seed(store.getBean(InspectionDesk.class), store.getBean(CaughtUp.class),
                                 store.getBean(Clock.class), today);
            List<DemoUser> users = createUsers(store.getBean(MongoDatabase.class),
                                               AccountSeal.of(store.getBean(GreenCreditProperties.class),
                                                             store.getEnvironment().matchesProfiles("production")), seeded);
            printUsers(out, seeded, users);
            return Optional.of(new DemoDistrict(seeded, users));
        }
    }

    private static boolean wanted(String[] args) {
        try (ConfigurableApplicationContext probe = new SpringApplicationBuilder(Probe.class)
                .web(WebApplicationType.NONE).logStartupInfo(false).run(args)) {
            ConfigurableEnvironment environment = probe.getEnvironment();
            boolean enabled = environment.getProperty("greencredit.demo.enabled", Boolean.class, false);
            boolean production = Arrays.asList(environment.getActiveProfiles()).contains("production");
            boolean embedded = !environment.getProperty("axon.axonserver.enabled", Boolean.class, false)
                               && environment.getProperty("greencredit.mongo.embedded", Boolean.class, true);
            Path events = GreenCreditProperties.dataDir(environment).resolve("events");
            return enabled && !production && embedded && isEmpty(events);
        }
    }

    /** The empty application whose only use is the resolved configuration: properties, profiles, arguments. */
    static class Probe {
    }

    private static boolean isEmpty(Path directory) {
        if (!Files.isDirectory(directory)) {
            return true;
        }
        try (Stream<Path> files = Files.list(directory)) {
            return files.findAny().isEmpty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<DemoUser> createUsers(MongoDatabase database, AccountSeal seal, Seeded seeded) {
        MongoUserAccounts accounts = new MongoUserAccounts(database,
                                                           PasswordEncoderFactories.createDelegatingPasswordEncoder(),
                                                           Clock.systemUTC(), seal);
        Map<Role, String[]> people = new LinkedHashMap<>();
        people.put(Role.ADMIN, new String[] {"demo-admin", "演示管理员", "信息中心"});
        people.put(Role.OFFICER, new String[] {"demo-officer", "演示执法人员", "区生态环境局执法大队"});
        people.put(Role.ASSESSOR, new String[] {"demo-assessor", "演示评价机构", "第三方评价机构"});
        people.put(Role.REVIEWER, new String[] {"demo-reviewer", "演示复核人员", "区生态环境局法制科"});
        people.put(Role.AUDITOR, new String[] {"demo-auditor", "演示审计人员", "区审计局"});
        people.put(Role.ENTERPRISE, new String[] {"demo-enterprise", "演示企业联系人", null});
        people.put(Role.PARTNER, new String[] {"demo-partner", "演示合作银行", "PARTNER_BANK"});
        people.put(Role.SOURCE_SYSTEM, new String[] {"demo-monitoring", "演示在线监测系统", "区生态环境监测站"});
        people.put(Role.INSPECTOR, new String[] {DemoInspectors.DEMO_USERNAME, "张建国", "区生态环境局执法大队一中队"});
        List<DemoUser> users = new ArrayList<>();
        people.forEach((role, person) -> {
            String creditCode = role == Role.ENTERPRISE ? seeded.demoEnterpriseCreditCode() : null;
            String password = LocalSecret.random(DEMO_PASSWORD_LENGTH);
            FactSource source = role == Role.SOURCE_SYSTEM ? FactSource.MONITORING : null;
            accounts.create(new NewUserAccount(person[0], person[1], role, person[2], creditCode, source, password),
                            SEEDING);
            users.add(new DemoUser(person[0], role, creditCode, password));
        });
        return users;
    }

    private static void printUsers(PrintStream out, Seeded seeded, List<DemoUser> users) {
        out.println();
        out.println("==================================================================================");
        out.println(" Demo district created: " + seeded.enterprises() + " enterprises, " + seeded.commands()
                    + " commands; cycle " + seeded.earlierCycle() + " published"
                    + (seeded.currentCycle() == null ? "." : ", " + seeded.currentCycle() + " in disclosure."));
        out.println(" Demo users (these passwords are shown only now and stored only as hashes):");
        for (DemoUser user : users) {
            out.printf("   %-16s %-10s %s%s%n", user.username(), user.role(), user.password(),
                       user.creditCode() == null ? "" : "   (" + user.creditCode() + ")");
        }
        out.println("==================================================================================");
        out.println();
    }
}
