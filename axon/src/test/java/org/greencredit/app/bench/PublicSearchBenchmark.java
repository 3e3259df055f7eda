package org.greencredit.app.bench;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.GenericMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.queryhandling.DefaultQueryGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.SimpleQueryBus;
import org.axonframework.queryhandling.annotation.AnnotationQueryHandlerAdapter;
import org.greencredit.app.storage.EmbeddedMongoServer;
import org.greencredit.domain.creditfile.api.EnterpriseRegistered;
import org.greencredit.domain.enterprise.Contact;
import org.greencredit.domain.enterprise.CreditCode;
import org.greencredit.domain.enterprise.EnterpriseProfile;
import org.greencredit.domain.enterprise.Industry;
import org.greencredit.domain.enterprise.ManagementClass;
import org.greencredit.domain.enterprise.Subdistrict;
import org.greencredit.domain.scoring.IndicatorVersions;
import org.greencredit.domain.scoring.ScoringEngine;
import org.greencredit.projections.directory.EnterpriseDirectoryProjection;
import org.greencredit.ui.publicpage.PublicRegisterClient;
import org.greencredit.ui.publicpage.SearchText;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The public enterprise search on a district of {@value #ENTERPRISES} enterprises: what one search costs the page —
 * the count and the first page of 50, as the lazy grid asks them — through {@link PublicRegisterClient} and the
 * directory's query handlers, on the embedded read-model store (mongo-java-server, H2 file backend) over the
 * MongoDB wire protocol, as the application runs it. The directory is seeded by applying {@code EnterpriseRegistered}
 * events to the projection through Axon's annotation adapter — the projection's own code path, without the
 * command side, which would take half an hour for 10,000 enterprises and writes the same documents. Run with
 * {@code mvn -o -pl axon -am verify -Pbench -Dtest=PublicSearchBenchmark -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@Tag("benchmark")
class PublicSearchBenchmark {

    private static final int ENTERPRISES = 10_000;
    private static final int RUNS = 20;
    private static final int PAGE = 50;
    private static final List<String> TRADE = List.of("通达", "运河", "绿源", "华北", "京东", "潞城", "永顺", "宋庄",
                                                      "台湖", "马驹桥", "漷县", "张家湾", "西集", "于家务", "永乐店");
    private static final List<String> KIND = List.of("环保科技", "印刷", "家具制造", "汽车维修", "金属表面处理",
                                                     "食品加工", "建材", "化工", "医药", "物流");

    @TempDir
    Path store;

    @Test
    void measure() throws Exception {
        List<String> report = new ArrayList<>();
        try (EmbeddedMongoServer server = new EmbeddedMongoServer(store, 0, null);
             MongoClient client = MongoClients.create(server.connectionString())) {
            SimpleQueryBus queryBus = SimpleQueryBus.builder().build();
            EnterpriseDirectoryProjection projection = new EnterpriseDirectoryProjection(
                    client.getDatabase("bench"), queryBus.queryUpdateEmitter(), new NoVersions());
            new AnnotationQueryHandlerAdapter<>(projection).subscribe(queryBus);
            AnnotationEventHandlerAdapter events = new AnnotationEventHandlerAdapter(projection);
            long seeding = System.nanoTime();
            Random random = new Random(42);
            List<String> codes = new ArrayList<>();
            for (int n = 0; n < ENTERPRISES; n++) {
                EnterpriseRegistered registered = registration(n, random);
                codes.add(registered.creditCode());
                events.handle(new GenericDomainEventMessage<>("EnterpriseCreditFile", registered.creditCode(), 0,
                                                              new GenericMessage<>(registered, MetaData.emptyInstance()),
                                                              Instant.parse("2026-01-05T08:00:00Z")));
            }
            report.add(String.format("seeded %d enterprises in %.1f s", ENTERPRISES, (System.nanoTime() - seeding) / 1e9));
            QueryGateway gateway = DefaultQueryGateway.builder().queryBus(queryBus).build();
            PublicRegisterClient register = new PublicRegisterClient(gateway);
            report.add(measure(register, "name, a common part (\"环保科技\")", "环保科技"));
            report.add(measure(register, "name, a rare part (\"（4711）\")", "（4711）"));
            report.add(measure(register, "name, no match", "不存在的企业名称"));
            report.add(measure(register, "credit code, 8 characters (whole district)", "91110112"));
            report.add(measure(register, "credit code, 10 characters", codes.get(4711).substring(0, 10)));
            report.add(measure(register, "credit code, whole", codes.get(4711)));
        }
        Path out = Path.of("target", "benchmarks", "public-search.txt");
        Files.createDirectories(out.getParent());
        Files.write(out, report);
        report.forEach(System.out::println);
    }

    private static String measure(PublicRegisterClient register, String what, String typed) {
        SearchText search = SearchText.of(typed);
        register.count(search);
        register.search(search, 0, PAGE);
        long[] millis = new long[RUNS];
        int found = 0;
        for (int run = 0; run < RUNS; run++) {
            long start = System.nanoTime();
            found = register.count(search);
            register.search(search, 0, PAGE);
            millis[run] = (System.nanoTime() - start) / 1_000_000;
        }
        Arrays.sort(millis);
        return String.format("%s: %d found; count + first page of %d: median %d ms, p95 %d ms, max %d ms (%d runs)",
                             what, found, PAGE, millis[RUNS / 2], millis[(int) Math.ceil(RUNS * 0.95) - 1],
                             millis[RUNS - 1], RUNS);
    }

    private static EnterpriseRegistered registration(int n, Random random) {
        StringBuilder first17 = new StringBuilder("91110112");
        String alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
        for (int i = 0; i < 9; i++) {
            first17.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        String code = first17 + String.valueOf(CreditCode.checkCharacter(first17.toString()));
        String name = "北京" + TRADE.get(random.nextInt(TRADE.size())) + KIND.get(random.nextInt(KIND.size()))
                      + "有限公司（" + n + "）";
        return new EnterpriseRegistered(code, LocalDate.of(2010, 5, 20), new EnterpriseProfile(
                name, new Industry("C3360", "金属表面处理及热处理加工"),
                Subdistrict.values()[random.nextInt(Subdistrict.values().length)], "北京市通州区示例路" + n + "号",
                code + "001P", ManagementClass.SIMPLIFIED, false, new Contact("王工", "13800138000")));
    }

    /** Registrations name no indicator version. */
    private static final class NoVersions implements IndicatorVersions {

        @Override
        public Optional<ScoringEngine> published(String system, String version) {
            return Optional.empty();
        }

        @Override
        public Optional<ScoringEngine> version(String system, String versionHash) {
            return Optional.empty();
        }
    }
}
