package org.greencredit.app.support;

import java.time.Duration;
import org.greencredit.app.generator.DistrictGenerator;
import org.greencredit.app.generator.GenerationSummary;
import org.greencredit.app.generator.GeneratorSettings;
import org.greencredit.app.messaging.CaughtUp;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The one application context all Karibu view tests share (Spring caches it, so it starts once): the whole
 * application on a simulated clock, with a generated district of {@link #ENTERPRISES} enterprises, two years of
 * facts (2024, 2025) and both annual cycles run to publication, generated once through the command path. Tests
 * add their own data with credit codes of their own range and must not move the clock; a test that needs time to
 * pass starts an application of its own ({@link RunningApplication#startSimulated}).
 */
@SpringBootTest(properties = {"greencredit.mongo.embedded-port=0", "greencredit.clock.mode=simulated",
                              "greencredit.clock.simulated-start=2024-01-02"})
public abstract class ViewContext {

    public static final int ENTERPRISES = 24;
    public static final long SEED = 20240102L;
    private static GenerationSummary district;
    private static ApplicationContext generatedIn;

    @Autowired
    protected ApplicationContext context;

    @DynamicPropertySource
    static void dataDir(DynamicPropertyRegistry registry) {
        TemporaryDataDirectory.register(registry);
    }

    @BeforeEach
    void generateDistrictOnce() {
        synchronized (ViewContext.class) {
            if (generatedIn != context) {
                district = context.getBean(DistrictGenerator.class)
                                  .generate(new GeneratorSettings(ENTERPRISES, 2, SEED, 2025), progress -> { });
                context.getBean(CaughtUp.class).awaitAll(Duration.ofMinutes(2));
                generatedIn = context;
            }
        }
    }

    @AfterEach
    void closeUi() {
        SignedInUi.close();
    }

    protected static GenerationSummary district() {
        return district;
    }
}
