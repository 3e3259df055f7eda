package org.greencredit.app.storage;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Projections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.axonframework.modelling.saga.AssociationValue;
import org.axonframework.modelling.saga.AssociationValues;
import org.axonframework.modelling.saga.repository.SagaStore;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * Sagas in MongoDB, one document each, serialized with the application's Jackson serializer. Axon's own Mongo saga
 * store cannot be loaded without XStream on the classpath, which this application keeps out.
 */
public class JacksonMongoSagaStore implements SagaStore<Object> {

    private static final String TYPE = "sagaType";
    private static final String REVISION = "revision";
    private static final String SERIALIZED = "serializedSaga";
    private static final String ASSOCIATIONS = "associations";

    private final MongoCollection<Document> sagas;
    private final Serializer serializer;

    public JacksonMongoSagaStore(MongoCollection<Document> sagas, Serializer serializer) {
        this.sagas = sagas;
        this.serializer = serializer;
        sagas.createIndex(Indexes.ascending(TYPE, ASSOCIATIONS + ".key", ASSOCIATIONS + ".value"));
    }

    @Override
    public Set<String> findSagas(Class<?> sagaType, AssociationValue associationValue) {
        Bson query = Filters.and(Filters.eq(TYPE, typeName(sagaType)),
                                 Filters.elemMatch(ASSOCIATIONS, Filters.and(
                                         Filters.eq("key", associationValue.getKey()),
                                         Filters.eq("value", associationValue.getValue()))));
        Set<String> found = new TreeSet<>();
        sagas.find(query).projection(Projections.include("_id")).forEach(d -> found.add(d.getString("_id")));
        return found;
    }

    @Override
    public <S> Entry<S> loadSaga(Class<S> sagaType, String sagaIdentifier) {
        Document document = sagas.find(Filters.eq("_id", sagaIdentifier)).first();
        if (document == null) {
            return null;
        }
        S saga = serializer.deserialize(new SimpleSerializedObject<>(document.getString(SERIALIZED), String.class,
                                                                     document.getString(TYPE),
                                                                     document.getString(REVISION)));
        Set<AssociationValue> associations = new HashSet<>();
        for (Document association : document.getList(ASSOCIATIONS, Document.class, List.of())) {
            associations.add(new AssociationValue(association.getString("key"), association.getString("value")));
        }
        return new Entry<>() {
            @Override
            public Set<AssociationValue> associationValues() {
                return associations;
            }

            @Override
            public S saga() {
                return saga;
            }
        };
    }

    @Override
    public void deleteSaga(Class<?> sagaType, String sagaIdentifier, Set<AssociationValue> associationValues) {
        sagas.deleteOne(Filters.eq("_id", sagaIdentifier));
    }

    @Override
    public void insertSaga(Class<?> sagaType, String sagaIdentifier, Object saga,
                           Set<AssociationValue> associationValues) {
        sagas.insertOne(toDocument(sagaIdentifier, saga, associationValues));
    }

    @Override
    public void updateSaga(Class<?> sagaType, String sagaIdentifier, Object saga,
                           AssociationValues associationValues) {
        sagas.replaceOne(Filters.eq("_id", sagaIdentifier),
                         toDocument(sagaIdentifier, saga, associationValues.asSet()));
    }

    private Document toDocument(String sagaIdentifier, Object saga, Set<AssociationValue> associationValues) {
        SerializedObject<String> serialized = serializer.serialize(saga, String.class);
        List<Document> associations = associationValues.stream()
                                                       .map(a -> new Document("key", a.getKey())
                                                               .append("value", a.getValue()))
                                                       .toList();
        return new Document("_id", sagaIdentifier)
                .append(TYPE, serialized.getType().getName())
                .append(REVISION, serialized.getType().getRevision())
                .append(SERIALIZED, serialized.getData())
                .append(ASSOCIATIONS, associations);
    }

    private String typeName(Class<?> sagaType) {
        return serializer.typeForClass(sagaType).getName();
    }
}
