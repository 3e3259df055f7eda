package org.greencredit.app.bench;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
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
import org.greencredit.domain.creditfile.api.FactRecorded;
import org.greencredit.domain.enterprise.Contact;
import org.greencredit.domain.enterprise.CreditCode;
import org.greencredit.domain.enterprise.EnterpriseProfile;
import org.greencredit.domain.enterprise.Industry;
import org.greencredit.domain.enterprise.ManagementClass;
import org.greencredit.domain.enterprise.Subdistrict;
import org.greencredit.domain.fact.Evidence;
import org.greencredit.domain.fact.FactAttributes;
import org.greencredit.domain.fact.FactSource;
import org.greencredit.domain.fact.FactType;
import org.greencredit.domain.indicator.DefaultIndicatorSystem;
import org.greencredit.domain.indicator.IndicatorSystemParser;
import org.greencredit.domain.scoring.ScoringEngine;
import org.greencredit.domain.trial.Baseline;
import org.greencredit.domain.trial.TrialEvaluation;
import org.greencredit.domain.trial.TrialPopulation;
import org.greencredit.domain.trial.TrialRequest;
import org.greencredit.domain.trial.TrialResult;
import org.greencredit.projections.trial.FindTrialPopulation;
import org.greencredit.projections.trial.ResolvedFactsProjection;
import org.greencredit.projections.trial.TrialPopulationFacts;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 试评价 over {@code bench.enterprises} (default 10,000) enterprises on the embedded read-model store (mongo-java-server,
 * H2 file backend, over the MongoDB wire protocol, as the application runs it): the population read from the
 * {@code resolved-facts} read model through the query bus, then scored with a draft (B from 80 points, tax arrears
 * −6 instead of −3) against the published 2026.1, with the sensitivity of both differences — what {@code TrialService}
 * does, without recording. The read model is seeded by applying {@code EnterpriseRegistered} and {@code FactRecorded}
 * events to the projection through Axon's annotation adapter, its own code path without the command side. Run with
 * {@code mvn -o -pl axon -am verify -Pbench -Dtest=TrialBenchmark -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@Tag("benchmark")
class TrialBenchmark {

    private static final int RUNS = 3;

    @TempDir
    Path store;

    @Test
    void measure() throws Exception {
        int enterprises = Integer.getInteger("bench.enterprises", 10_000);
        ScoringEngine published = ScoringEngine.of(DefaultIndicatorSystem.definition());
        ScoringEngine draft = ScoringEngine.of(IndicatorSystemParser.parse(DefaultIndicatorSystem.yaml()
                .replace("version: \"2026.1\"", "version: \"2026.2\"")
                .replace("{code: B, minScore: 75", "{code: B, minScore: 80")
                .replace("status: ARREARS}, window: PERIOD, points: -3}", "status: ARREARS}, window: PERIOD, points: -6}")));
        List<String> report = new ArrayList<>();
        try (EmbeddedMongoServer server = new EmbeddedMongoServer(store, 0, null);
             MongoClient client = MongoClients.create(server.connectionString())) {
            SimpleQueryBus queryBus = SimpleQueryBus.builder().build();
            ResolvedFactsProjection projection = new ResolvedFactsProjection(client.getDatabase("bench"));
            new AnnotationQueryHandlerAdapter<>(projection).subscribe(queryBus);
            AnnotationEventHandlerAdapter events = new AnnotationEventHandlerAdapter(projection);
            long seeding = System.nanoTime();
            long facts = seed(events, enterprises, new Random(42));
            report.add(String.format("seeded %d enterprises with %d facts in %.1f s", enterprises, facts,
                                     (System.nanoTime() - seeding) / 1e9));
            QueryGateway gateway = DefaultQueryGateway.builder().queryBus(queryBus).build();
            TrialRequest request = new TrialRequest(draft, Baseline.VERSION, published, LocalDate.of(2025, 1, 1),
                                                    LocalDate.of(2025, 12, 31), LocalDate.of(2026, 3, 1));
            String hash = null;
            for (int run = 1; run <= RUNS; run++) {
                long start = System.nanoTime();
                TrialPopulationFacts population = gateway.query(new FindTrialPopulation(TrialPopulation.district(),
                                                                                        null),
                                                                TrialPopulationFacts.class).join();
                long read = System.nanoTime();
                AtomicLong reports = new AtomicLong();
                TrialResult result = TrialEvaluation.run(request, population.subjects(),
                                                         (done, total) -> reports.incrementAndGet());
                long scored = System.nanoTime();
                report.add(String.format(
                        "run %d: %d enterprises, read %.1f s, scored (2 versions + %d sensitivity lines) %.1f s, "
                                + "total %.1f s; %d up, %d down; %d progress reports; %d cores; result %s…",
                        run, result.population(), (read - start) / 1e9, result.sensitivity().size(),
                        (scored - read) / 1e9, (scored - start) / 1e9, result.up(), result.down(), reports.get(),
                        Runtime.getRuntime().availableProcessors(), result.resultHash().substring(0, 12)));
                if (hash != null && !hash.equals(result.resultHash())) {
                    throw new AssertionError("the result hash changed between runs");
                }
                hash = result.resultHash();
            }
        }
        Path out = Path.of("target", "benchmarks", "trial.txt");
        Files.createDirectories(out.getParent());
        Files.write(out, report);
        report.forEach(System.out::println);
    }

    private static long seed(AnnotationEventHandlerAdapter events, int enterprises, Random random) throws Exception {
        long facts = 0;
        for (int n = 0; n < enterprises; n++) {
            String code = code(random);
            long sequence = 0;
            deliver(events, code, sequence++, new EnterpriseRegistered(code, LocalDate.of(2010, 5, 20),
                    new EnterpriseProfile("北京试评价企业（" + n + "）", new Industry("C3360", "金属表面处理及热处理加工"),
                                          Subdistrict.values()[random.nextInt(Subdistrict.values().length)],
                                          "北京市通州区示例路" + n + "号", code + "001P", ManagementClass.SIMPLIFIED,
                                          false, new Contact("王工", "13800138000"))));
            int count = random.nextInt(9);
            for (int i = 0; i < count; i++) {
                deliver(events, code, sequence++, fact(code, n, i, random));
                facts++;
            }
        }
        return facts;
    }

    private static FactRecorded fact(String code, int n, int i, Random random) {
        LocalDate on = LocalDate.of(2024, 6, 1).plusDays(random.nextInt(600));
        String id = code + "-" + i;
        return switch (random.nextInt(7)) {
            case 0 -> recorded(code, id, FactType.TAX, on, FactSource.TAX, FactAttributes.of("status", "ARREARS"));
            case 1 -> recorded(code, id, FactType.PERMIT_REPORT, on, FactSource.ENFORCEMENT,
                               FactAttributes.of("reportPeriod", on.getYear() + "-Q1", "status",
                                                 random.nextBoolean() ? "LATE" : "MISSING"));
            case 2 -> recorded(code, id, FactType.COMPLAINT, on, FactSource.COMPLAINT_PLATFORM,
                               FactAttributes.of("channel", "12345", "substantiated", true));
            case 3 -> recorded(code, id, FactType.GREEN_PRACTICE, on, FactSource.SELF_DECLARATION,
                               FactAttributes.of("kind", random.nextBoolean() ? "CLEAN_ENERGY" : "CARBON_COMPLIANCE"));
            case 4 -> recorded(code, id, FactType.AWARD, on, FactSource.THIRD_PARTY,
                               FactAttributes.of("level", "DISTRICT", "title", "区级环境友好企业", "issuer", "通州区政府"));
            default -> recorded(code, id, FactType.VIOLATION, on, FactSource.ENFORCEMENT, FactAttributes.of(
                    "category", List.of("NOISE", "DUST_VOC", "LEDGER_RECORDS", "SOLID_WASTE", "DATA_FALSIFICATION")
                                    .get(random.nextInt(5)),
                    "severity", List.of("MINOR", "GENERAL", "SERIOUS").get(random.nextInt(3)),
                    "fineYuan", new BigDecimal(random.nextInt(200_000)), "medium", "NONE",
                    "decisionNo", "京通环罚〔" + on.getYear() + "〕" + n + "-" + i + "号"));
        };
    }

    private static FactRecorded recorded(String code, String id, FactType type, LocalDate on, FactSource source,
                                         FactAttributes attributes) {
        return new FactRecorded(code, id, type, on, source, Evidence.of("基准测试 " + id),
                                type.validate(attributes, on));
    }

    private static void deliver(AnnotationEventHandlerAdapter events, String code, long sequence, Object payload)
            throws Exception {
        events.handle(new GenericDomainEventMessage<>("EnterpriseCreditFile", code, sequence,
                                                      new GenericMessage<>(payload, MetaData.emptyInstance()),
                                                      Instant.parse("2026-01-05T08:00:00Z")));
    }

    private static String code(Random random) {
        StringBuilder first17 = new StringBuilder("91110112");
        String alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
        for (int i = 0; i < 9; i++) {
            first17.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return first17 + String.valueOf(CreditCode.checkCharacter(first17.toString()));
    }
}
