package org.greencredit.app.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** The places where two JSON documents differ, as paths with both values, at most {@code limit} of them. */
final class JsonDifferences {

    private static final ObjectMapper JSON = new ObjectMapper();

    private JsonDifferences() {
    }

    static List<String> between(String stored, String recomputed, int limit) {
        List<String> differences = new ArrayList<>();
        try {
            compare("$", JSON.readTree(stored), JSON.readTree(recomputed), differences, limit);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
        return differences;
    }

    private static void compare(String path, JsonNode stored, JsonNode recomputed, List<String> out, int limit) {
        if (out.size() >= limit || stored.equals(recomputed)) {
            return;
        }
        if (stored.isObject() && recomputed.isObject()) {
            Set<String> names = new TreeSet<>();
            stored.fieldNames().forEachRemaining(names::add);
            recomputed.fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                compare(path + "." + name, missingIfNull(stored.get(name)), missingIfNull(recomputed.get(name)), out,
                        limit);
            }
        } else if (stored.isArray() && recomputed.isArray()) {
            Iterator<JsonNode> left = stored.elements();
            Iterator<JsonNode> right = recomputed.elements();
            int index = 0;
            while (left.hasNext() || right.hasNext()) {
                compare(path + "[" + index++ + "]", left.hasNext() ? left.next() : JSON.missingNode(),
                        right.hasNext() ? right.next() : JSON.missingNode(), out, limit);
            }
        } else {
            out.add(path + ": stored " + text(stored) + " / recomputed " + text(recomputed));
        }
    }

    private static JsonNode missingIfNull(JsonNode node) {
        return node == null ? JSON.missingNode() : node;
    }

    private static String text(JsonNode node) {
        return node.isMissingNode() ? "(absent)" : node.toString();
    }
}
