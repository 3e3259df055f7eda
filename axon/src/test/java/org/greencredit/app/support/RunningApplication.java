package org.greencredit.app.support;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.greencredit.app.GreenCreditApplication;
import org.greencredit.app.messaging.CaughtUp;
import org.greencredit.domain.actor.Actor;
import org.greencredit.domain.common.SimulatedClock;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The application on the embedded default, started in this JVM on a given data directory, with free ports and a
 * {@link HandledEventCounter}. Closing it is a clean shutdown.
 */
public final class RunningApplication implements AutoCloseable {

    private final ConfigurableApplicationContext context;

    private RunningApplication(ConfigurableApplicationContext context) {
        this.context = context;
    }

    public static RunningApplication start(Path dataDir, String... extraProperties) {
        return new RunningApplication(new SpringApplicationBuilder(GreenCreditApplication.class,
                                                                   HandledEventCounter.Registration.class)
                                              .run(arguments(dataDir, extraProperties)));
    }

    /** Started on a {@link SimulatedClock} standing on {@code day}; move it with {@link #clock()}. */
    public static RunningApplication startSimulated(Path dataDir, LocalDate day, String... extraProperties) {
        List<String> properties = new ArrayList<>(List.of("greencredit.clock.mode=simulated",
                                                          "greencredit.clock.simulated-start=" + day));
        properties.addAll(List.of(extraProperties));
        return start(dataDir, properties.toArray(String[]::new));
    }

    public SimulatedClock clock() {
        return bean(SimulatedClock.class);
    }

    private static String[] arguments(Path dataDir, String... extraProperties) {
        List<String> args = new ArrayList<>(List.of(
                "--greencredit.data-dir=" + dataDir,
                "--greencredit.mongo.embedded-port=0",
                "--server.port=0"));
        for (String property : extraProperties) {
            args.add("--" + property);
        }
        return args.toArray(String[]::new);
    }

    /** Sends a command as {@code actor} and waits until it is stored. */
    public void send(Object command, Actor actor) {
        bean(CommandGateway.class).sendAndWait(GenericCommandMessage.asCommandMessage(command)
                                                                    .andMetaData(actor.asMetaData()));
    }

    /** Sends a command as {@link TestEnterprises#OFFICER} and waits until it is stored. */
    public void send(Object command) {
        send(command, TestEnterprises.OFFICER);
    }

    /** The application's context, e.g. for a Karibu UI against this application. */
    public ConfigurableApplicationContext context() {
        return context;
    }

    public <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    public <T> T bean(String name, Class<T> type) {
        return context.getBean(name, type);
    }

    /** How many events the embedded event store holds, to show that something stored nothing. */
    public long storedEvents() {
        try (var connection = bean(javax.sql.DataSource.class).getConnection();
             var count = connection.createStatement().executeQuery("SELECT COUNT(*) FROM DomainEventEntry")) {
            count.next();
            return count.getLong(1);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Waits until the named processor has handled every event in the store. */
    public void awaitCaughtUp(String processingGroup) {
        awaitCaughtUp(processingGroup, Duration.ofSeconds(60));
    }

    /**
     * As {@link #awaitCaughtUp(String)}, for benchmarks whose seeding takes the processors minutes; waits for the
     * work the processor handed on too (a cycle's fan-out).
     */
    public void awaitCaughtUp(String processingGroup, Duration timeout) {
        bean(CaughtUp.class).await(timeout, processingGroup);
    }

    public static void await(BooleanSupplier condition, Duration timeout, String what) {
        Instant deadline = Instant.now().plus(timeout);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("timed out waiting for " + what);
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted waiting for " + what, e);
            }
        }
    }

    @Override
    public void close() {
        context.close();
    }
}
