package org.greencredit.app.badinput;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * One case of the bad-input corpus ({@code src/test/resources/bad-input/*.yaml}): what is sent through which
 * channel, and the refusal expected. {@code input} is the channel's request (see docs/architecture.md, "The
 * bad-input corpus"), {@code expect} the status (API only), message key, arguments and, for a form, where the
 * message is shown.
 */
record BadInputCase(String file, int number, String id, String description, String channel, JsonNode input,
                    JsonNode expect) {

    static final List<String> FILES = List.of("api-registration.yaml", "api-requests.yaml", "form-registration.yaml",
                                              "form-facts.yaml", "form-administration.yaml", "api-intake.yaml",
                                              "form-data-errors.yaml", "form-notifications.yaml", "api-partner.yaml",
                                              "form-inspectors.yaml", "form-inspections.yaml",
                                              "form-trials.yaml");
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    static List<BadInputCase> all() {
        List<BadInputCase> cases = new ArrayList<>();
        for (String file : FILES) {
            try (InputStream in = BadInputCase.class.getResourceAsStream("/bad-input/" + file)) {
                if (in == null) {
                    throw new IllegalStateException("missing corpus file " + file);
                }
                for (JsonNode node : YAML.readTree(in)) {
                    cases.add(new BadInputCase(file, cases.size(), text(node, "id"), text(node, "description"),
                                               text(node, "channel"), node.path("input"), node.path("expect")));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return cases;
    }

    static Stream<BadInputCase> of(String channel) {
        return all().stream().filter(c -> c.channel().equals(channel));
    }

    private static String text(JsonNode node, String field) {
        if (!node.path(field).isTextual() || node.path(field).asText().isBlank()) {
            throw new IllegalStateException("a corpus case without " + field + ": " + node);
        }
        return node.path(field).asText();
    }

    String key() {
        return expect.path("key").asText();
    }

    @Override
    public String toString() {
        return id + " — " + description;
    }
}
