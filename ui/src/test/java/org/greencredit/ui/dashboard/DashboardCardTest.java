package org.greencredit.ui.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A card that cannot read its data says so in its own words and leaves the other cards as they are. */
class DashboardCardTest {

    @BeforeEach
    void setUp() {
        MockVaadin.setup();
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
    }

    @Test
    void aFailingCardReportsItsOwnFailureAndTheOthersDrawTheirData() {
        ReadingCard failing = new ReadingCard("failing", "成绩单读取失败");
        failing.fails = true;
        ReadingCard working = new ReadingCard("working", "不应出现");

        UI.getCurrent().add(failing, working);

        assertThat(failing.failureShown()).isEqualTo("成绩单读取失败");
        assertThat(failing.data.getText()).isEmpty();
        assertThat(working.failureShown()).isNull();
        assertThat(working.data.getText()).isEqualTo("working: 1");
    }

    @Test
    void aCardThatReadsAgainAfterAFailureHidesTheFailure() {
        ReadingCard card = new ReadingCard("recovering", "暂时无法读取");
        card.fails = true;
        UI.getCurrent().add(card);
        assertThat(card.failureShown()).isEqualTo("暂时无法读取");

        card.fails = false;
        card.redraw();

        assertThat(card.failureShown()).isNull();
        assertThat(card.data.getText()).isEqualTo("recovering: 2");
    }

    /** A card whose read fails while {@code fails} is set; otherwise it shows how often it has read. */
    private static final class ReadingCard extends DashboardCard {

        private final Span data = new Span();
        private final String failureText;
        private boolean fails;
        private int reads;

        ReadingCard(String id, String failureText) {
            super(id);
            this.failureText = failureText;
            add(data);
        }

        @Override
        protected void draw() {
            reads++;
            if (fails) {
                throw new IllegalStateException("read model unavailable");
            }
            data.setText(getId().orElseThrow() + ": " + reads);
        }

        @Override
        protected String failure(RuntimeException cause) {
            return failureText;
        }

        String failureShown() {
            return getChildren().filter(Span.class::isInstance).map(Span.class::cast)
                                .filter(span -> span.getId().orElse("").endsWith("-failure"))
                                .filter(Span::isVisible).map(Span::getText).findFirst().orElse(null);
        }
    }
}
