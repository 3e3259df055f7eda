package org.greencredit.ui.partner;

import java.time.Instant;
import java.util.List;

/** 合作方调用记录: the recorded partner API requests, newest first, by client and/or credit code when given. */
public interface PartnerRequests {

    List<Entry> find(String clientId, String creditCode, int offset, int limit);

    long count(String clientId, String creditCode);

    /** One request: who, what, which enterprises, what was answered, when. */
    record Entry(Instant at, String clientId, String organisation, String method, String path,
                 List<String> creditCodes, Integer status) {
    }
}
