package org.greencredit.app.support;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Sorts;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.bson.Document;

/** SHA-256 over every document of a collection in {@code _id} order: equal fingerprints, equal contents. */
public final class CollectionFingerprint {

    private CollectionFingerprint() {
    }

    public static String of(MongoCollection<Document> collection) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (Document document : collection.find().sort(Sorts.ascending("_id"))) {
                digest.update(document.toJson().getBytes(StandardCharsets.UTF_8));
                digest.update((byte) '\n');
            }
            return collection.countDocuments() + ":" + HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
