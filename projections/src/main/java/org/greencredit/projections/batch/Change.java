package org.greencredit.projections.batch;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bson.BsonArray;
import org.bson.BsonDocument;
import org.bson.BsonNumber;
import org.bson.BsonValue;
import org.bson.Document;
import org.bson.codecs.configuration.CodecRegistry;
import org.bson.conversions.Bson;

/**
 * A change of one document's fields, written once as a MongoDB update and applied the same way to a document held
 * in memory, so a batch can answer a read of a document it changed without asking the store. Only the operators
 * whose effect is plain are offered — {@code $set}, {@code $unset}, {@code $addToSet} of one value, {@code $pull}
 * and {@code $pullAll} of plain values, {@code $max} of numbers — and applied as the store applies them: an
 * existing field keeps its place, a new one comes last, in the order of the operators as first named and of the
 * fields within each. Fields may be dotted paths into embedded documents.
 */
public final class Change {

    private static final String SET = "$set";
    private static final String UNSET = "$unset";
    private static final String ADD_TO_SET = "$addToSet";
    private static final String PULL = "$pull";
    private static final String PULL_ALL = "$pullAll";
    private static final String MAX = "$max";

    /** Operator → field → operand, in the order the operators and fields were first named. */
    private final Map<String, Map<String, Object>> operators;

    private Change(Map<String, Map<String, Object>> operators) {
        this.operators = operators;
    }

    public static Change set(String field, Object value) {
        return of(SET, field, value);
    }

    /** Sets each of these fields, in their order. */
    public static Change setAll(Map<String, ?> fields) {
        Map<String, Object> values = new LinkedHashMap<>(fields);
        Map<String, Map<String, Object>> operators = new LinkedHashMap<>();
        operators.put(SET, values);
        return new Change(operators);
    }

    public static Change unset(String field) {
        return of(UNSET, field, "");
    }

    /** Adds the value to the array unless it holds an equal one; a missing or null field becomes the array. */
    public static Change addToSet(String field, Object value) {
        return of(ADD_TO_SET, field, value);
    }

    /** Removes every element equal to the value (never a condition: documents are refused). */
    public static Change pull(String field, Object value) {
        return of(PULL, field, plain(value));
    }

    public static Change pullAll(String field, List<?> values) {
        values.forEach(Change::plain);
        return of(PULL_ALL, field, List.copyOf(values));
    }

    /** Sets the number unless the field holds a greater or equal one. */
    public static Change max(String field, Number value) {
        return of(MAX, field, value);
    }

    /** These changes one after the other, as one update; a field named twice by one operator takes the last. */
    public static Change combine(Change... changes) {
        Map<String, Map<String, Object>> combined = new LinkedHashMap<>();
        for (Change change : changes) {
            change.operators.forEach((operator, fields) -> combined.computeIfAbsent(
                    operator, key -> new LinkedHashMap<>()).putAll(fields));
        }
        return new Change(combined);
    }

    /** The change as a MongoDB update document. */
    public Bson update() {
        Document update = new Document();
        operators.forEach((operator, fields) -> update.append(operator, new Document(fields)));
        return update;
    }

    /** Applies the change to the document as the store would; values are encoded as the collection encodes them. */
    void applyTo(BsonDocument document, CodecRegistry codecs) {
        BsonDocument update = update().toBsonDocument(BsonDocument.class, codecs);
        update.forEach((operator, fields) -> fields.asDocument().forEach(
                (field, operand) -> apply(operator, document, field, operand)));
    }

    private static void apply(String operator, BsonDocument document, String path, BsonValue operand) {
        BsonDocument parent = parent(document, path, !operator.equals(UNSET) && !operator.startsWith(PULL));
        if (parent == null) {
            return;
        }
        String field = path.substring(path.lastIndexOf('.') + 1);
        BsonValue current = parent.get(field);
        switch (operator) {
            case SET -> parent.put(field, operand);
            case UNSET -> parent.remove(field);
            case ADD_TO_SET -> {
                BsonArray array = array(current, path);
                if (!array.contains(operand)) {
                    array.add(operand);
                }
                parent.put(field, array);
            }
            case PULL -> {
                if (current != null && !current.isNull()) {
                    array(current, path).removeIf(operand::equals);
                }
            }
            case PULL_ALL -> {
                if (current != null && !current.isNull()) {
                    array(current, path).removeIf(operand.asArray()::contains);
                }
            }
            case MAX -> {
                if (current == null || current.isNull() || greater(operand, current, path)) {
                    parent.put(field, operand);
                }
            }
            default -> throw new IllegalStateException("not an operator of Change: " + operator);
        }
    }

    /** The embedded document that holds the path's last field; created on the way if asked, else null if missing. */
    private static BsonDocument parent(BsonDocument document, String path, boolean create) {
        String[] steps = path.split("\\.");
        BsonDocument parent = document;
        for (int i = 0; i < steps.length - 1; i++) {
            BsonValue next = parent.get(steps[i]);
            if (next == null && create) {
                next = new BsonDocument();
                parent.put(steps[i], next);
            } else if (next == null) {
                return null;
            } else if (!next.isDocument()) {
                throw new IllegalStateException(path + " passes through a field that is not a document");
            }
            parent = next.asDocument();
        }
        return parent;
    }

    private static BsonArray array(BsonValue value, String path) {
        if (value == null || value.isNull()) {
            return new BsonArray();
        }
        if (!value.isArray()) {
            throw new IllegalStateException(path + " is not an array");
        }
        return value.asArray();
    }

    private static boolean greater(BsonValue operand, BsonValue current, String path) {
        if (!(operand instanceof BsonNumber number) || !(current instanceof BsonNumber stored)) {
            throw new IllegalStateException("$max on " + path + " compares numbers only");
        }
        return number.decimal128Value().bigDecimalValue().compareTo(stored.decimal128Value().bigDecimalValue()) > 0;
    }

    private static Change of(String operator, String field, Object operand) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put(field, operand);
        Map<String, Map<String, Object>> operators = new LinkedHashMap<>();
        operators.put(operator, fields);
        return new Change(operators);
    }

    private static Object plain(Object value) {
        if (value instanceof Bson || value instanceof Map<?, ?>) {
            throw new IllegalArgumentException("a document in $pull is a condition, not a value: " + value);
        }
        return value;
    }

    @Override
    public String toString() {
        return operators.toString();
    }
}
