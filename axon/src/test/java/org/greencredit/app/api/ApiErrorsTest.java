package org.greencredit.app.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.greencredit.app.problem.ApiProblems;
import org.greencredit.ui.i18n.Translations;
import org.junit.jupiter.api.Test;
import org.springframework.http.converter.json.Jackson2ObjectMapperBuilder;
import org.springframework.http.converter.json.MappingJackson2HttpMessageConverter;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The answers to failures no request of the real API can provoke on demand: a race, and an internal error. */
class ApiErrorsTest {

    private final MappingJackson2HttpMessageConverter json = new StrictJsonConfiguration()
            .mappingJackson2HttpMessageConverter(new Jackson2ObjectMapperBuilder());
    private final MockMvc mvc = MockMvcBuilders.standaloneSetup(new Failing())
                                               .setControllerAdvice(new ApiErrors(new ApiProblems(new Translations(),
                                                                                                  json)))
                                               .setMessageConverters(json).build();

    @Test
    void aConcurrentChangeIsA409AskingToRetry() throws Exception {
        MockHttpServletResponse answer = call("/conflict", "en");

        assertThat(answer.getStatus()).isEqualTo(409);
        assertThat(answer.getContentType()).startsWith("application/problem+json");
        assertThat(answer.getContentAsString())
                .contains("\"key\":\"command.concurrentChange\"")
                .contains("\"detail\":\"Someone else just changed this credit file; refresh and try again\"");
    }

    @Test
    void anInternalErrorIsA500ThatTellsNothingOfItsCause() throws Exception {
        MockHttpServletResponse answer = call("/boom", null);

        assertThat(answer.getStatus()).isEqualTo(500);
        assertThat(answer.getContentAsString()).contains("\"key\":\"server.error\"").contains("\"title\":\"内部错误\"")
                                               .doesNotContain("jdbc").doesNotContain("secret")
                                               .doesNotContain("Exception").doesNotContain("at org.");
    }

    @Test
    void aCommandFailureThatIsNoRefusalIsA500Too() throws Exception {
        MockHttpServletResponse answer = call("/command-failed", "en");

        assertThat(answer.getStatus()).isEqualTo(500);
        assertThat(answer.getContentAsString()).contains("\"key\":\"command.failed\"").doesNotContain("handler blew");
    }

    private MockHttpServletResponse call(String path, String language) throws Exception {
        var request = get(path);
        if (language != null) {
            request.header("Accept-Language", language);
        }
        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
        response.setCharacterEncoding("UTF-8");
        return response;
    }

    @RestController
    static class Failing {

        @GetMapping("/conflict")
        void conflict() {
            throw new ConcurrencyException("sequence 7 of 91110112MA0000001X taken");
        }

        @GetMapping("/boom")
        void boom() {
            throw new IllegalStateException("jdbc:hsqldb:file:/secret/data/events password=secret");
        }

        @GetMapping("/command-failed")
        void commandFailed() {
            throw new CommandExecutionException("handler blew up", new IllegalStateException("handler blew up"));
        }
    }
}
