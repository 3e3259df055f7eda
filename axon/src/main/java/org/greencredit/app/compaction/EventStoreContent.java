package org.greencredit.app.compaction;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the event store's tables hold, to compare before and after compaction: per table the number of rows and a
 * SHA-256 over every column of every row in primary-key order. Two stores with equal content hold the same events
 * and snapshots, byte for byte.
 */
record EventStoreContent(Map<String, Table> tables) {

    private static final String EVENTS = "DOMAINEVENTENTRY";

    /** One table: its rows and their digest. */
    record Table(long rows, String sha256) {
    }

    static EventStoreContent read(Connection connection) throws SQLException {
        Map<String, Table> tables = new TreeMap<>();
        DatabaseMetaData metaData = connection.getMetaData();
        try (ResultSet found = metaData.getTables(null, "PUBLIC", "%", new String[] {"TABLE"})) {
            while (found.next()) {
                String name = found.getString("TABLE_NAME");
                tables.put(name, table(connection, name, order(metaData, name)));
            }
        }
        return new EventStoreContent(tables);
    }

    /** The number of domain events stored. */
    long events() {
        Table events = tables.get(EVENTS);
        return events == null ? 0 : events.rows();
    }

    /** The primary key's columns, or every column for a table without one: rows in an order that does not vary. */
    private static List<String> order(DatabaseMetaData metaData, String table) throws SQLException {
        Map<Short, String> key = new TreeMap<>();
        try (ResultSet columns = metaData.getPrimaryKeys(null, "PUBLIC", table)) {
            while (columns.next()) {
                key.put(columns.getShort("KEY_SEQ"), quoted(columns.getString("COLUMN_NAME")));
            }
        }
        if (!key.isEmpty()) {
            return new ArrayList<>(key.values());
        }
        List<String> all = new ArrayList<>();
        try (ResultSet columns = metaData.getColumns(null, "PUBLIC", table, "%")) {
            while (columns.next()) {
                all.add(quoted(columns.getString("COLUMN_NAME")));
            }
        }
        return all;
    }

    private static Table table(Connection connection, String name, List<String> order) throws SQLException {
        MessageDigest digest = sha256();
        long rows = 0;
        try (Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("SELECT * FROM " + quoted(name) + " ORDER BY "
                                                    + String.join(", ", order))) {
            int columns = row.getMetaData().getColumnCount();
            while (row.next()) {
                rows++;
                for (int column = 1; column <= columns; column++) {
                    update(digest, row.getObject(column));
                }
            }
        }
        return new Table(rows, HexFormat.of().formatHex(digest.digest()));
    }

    /** Length-prefixed, so that no two different rows feed the digest the same bytes. */
    private static void update(MessageDigest digest, Object value) {
        if (value == null) {
            digest.update(ByteBuffer.allocate(4).putInt(-1).array());
            return;
        }
        byte[] bytes = value instanceof byte[] binary ? binary : value.toString().getBytes(StandardCharsets.UTF_8);
        digest.update(ByteBuffer.allocate(4).putInt(bytes.length).array());
        digest.update(bytes);
    }

    private static String quoted(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
