package org.greencredit.app.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.greencredit.app.support.HandledEventCounter;
import org.greencredit.app.support.RunningApplication;
import org.greencredit.app.support.TestCreditCodes;
import org.greencredit.app.support.TestEnterprises;
import org.greencredit.projections.directory.CountEnterprises;
import org.greencredit.projections.directory.DirectoryFilter;
import org.greencredit.projections.directory.EnterpriseDirectoryProjection;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RestartTest {

    @TempDir
    Path dataDir;

    @Test
    void eventsSurviveARestartAndProjectionsResumeWithoutReprocessing() {
        List<String> codes = IntStream.range(0, 25).mapToObj(TestCreditCodes::code).toList();
        try (RunningApplication first = RunningApplication.start(dataDir)) {
            IntStream.range(0, 25).forEach(i -> first.send(TestEnterprises.registration(i, "企业" + i)));
            first.awaitCaughtUp(EnterpriseDirectoryProjection.PROCESSING_GROUP);
            assertThat(first.bean(HandledEventCounter.class).total()).isEqualTo(25);
        }

        try (RunningApplication second = RunningApplication.start(dataDir)) {
            EventStore eventStore = second.bean(EventStore.class);
            codes.forEach(code -> assertThat(eventStore.readEvents(code).asStream().count()).as(code).isEqualTo(1));
            second.awaitCaughtUp(EnterpriseDirectoryProjection.PROCESSING_GROUP);
            assertThat(second.bean(HandledEventCounter.class).total()).isZero();
            assertThat(second.bean(QueryGateway.class).query(new CountEnterprises(DirectoryFilter.all()), Long.class).join())
                    .isEqualTo(25L);

            second.send(TestEnterprises.registration(25, "新企业"));
            second.awaitCaughtUp(EnterpriseDirectoryProjection.PROCESSING_GROUP);
            assertThat(second.bean(HandledEventCounter.class).total()).isEqualTo(1);
        }
    }
}
