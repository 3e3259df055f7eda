package org.greencredit.app.upcasting;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;
import org.greencredit.domain.creditfile.api.EnterpriseRegistered;

/**
 * {@code EnterpriseRegistered} revision 1 (credit code and name, from the foundation's thin slice) to revision 2
 * (credit code, establishment date, full profile): the name moves into the profile; the establishment date and
 * every other part of the profile were never recorded and stay unknown.
 */
public class EnterpriseRegisteredToRevision2 extends SingleEventUpcaster {

    private static final SimpleSerializedType REVISION_1 =
            new SimpleSerializedType(EnterpriseRegistered.class.getName(), "1");
    private static final SimpleSerializedType REVISION_2 =
            new SimpleSerializedType(EnterpriseRegistered.class.getName(), "2");

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation representation) {
        return REVISION_1.equals(representation.getType());
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
        return representation.upcastPayload(REVISION_2, JsonNode.class, EnterpriseRegisteredToRevision2::upcast);
    }

    private static JsonNode upcast(JsonNode revision1) {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        ObjectNode profile = nodes.objectNode();
        profile.set("name", revision1.get("name"));
        ObjectNode revision2 = nodes.objectNode();
        revision2.set("creditCode", revision1.get("creditCode"));
        revision2.putNull("establishedOn");
        revision2.set("profile", profile);
        return revision2;
    }
}
