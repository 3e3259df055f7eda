package org.greencredit.app.partner;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.greencredit.ui.partner.PartnerRequests;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * 合作方调用记录: every request on the partner paths — which client (and organisation), method and path, which credit
 * codes it looked up, the status answered and when — one document each in {@value #COLLECTION}. A request refused
 * before authentication is recorded with the client id it named. Kept as documents, not events: they are not
 * decisions of the bureau, they arrive at the rate partners choose (a bank syncing nightly sends thousands), and the
 * event store is forever and replayed by every processor; this log may be trimmed after its retention period.
 * Controllers name the codes they looked up in the request attribute {@value #CODES}.
 */
public class PartnerRequestLog extends OncePerRequestFilter implements PartnerRequests {

    public static final String COLLECTION = "partner_requests";
    public static final String CODES = PartnerRequestLog.class.getName() + ".codes";
    private static final Logger LOG = LoggerFactory.getLogger(PartnerRequestLog.class);
    private static final int MAX_CLIENT_ID = 64;

    private final MongoCollection<Document> collection;
    private final Clock clock;

    public PartnerRequestLog(MongoDatabase database, Clock clock) {
        this.collection = database.getCollection(COLLECTION);
        this.clock = clock;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Instant at = clock.instant();
        try {
            chain.doFilter(request, response);
        } finally {
            record(request, response, at);
        }
    }

    private void record(HttpServletRequest request, HttpServletResponse response, Instant at) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        PartnerCaller caller = authentication != null && authentication.getPrincipal() instanceof PartnerCaller known
                ? known : null;
        Object codes = request.getAttribute(CODES);
        Document entry = new Document("at", Date.from(at))
                .append("clientId", caller != null ? caller.clientId() : clientIdTried(request))
                .append("organisation", caller != null ? caller.organisation() : null)
                .append("method", request.getMethod()).append("path", request.getRequestURI())
                .append("creditCodes", codes instanceof List<?> list ? list : List.of())
                .append("status", response.getStatus());
        try {
            collection.insertOne(entry);
        } catch (RuntimeException storeDown) {
            LOG.error("partner request of {} to {} not recorded", entry.get("clientId"), entry.get("path"), storeDown);
        }
    }

    /** Newest first, and in the order recorded within one instant. */
    @Override
    public List<Entry> find(String clientId, String creditCode, int offset, int limit) {
        List<Entry> found = new ArrayList<>();
        collection.find(filter(clientId, creditCode)).sort(Sorts.descending("at", "_id")).skip(offset).limit(limit)
                  .forEach(document -> found.add(new Entry(
                          document.getDate("at").toInstant(), document.getString("clientId"),
                          document.getString("organisation"), document.getString("method"),
                          document.getString("path"), document.getList("creditCodes", String.class),
                          document.getInteger("status"))));
        return found;
    }

    @Override
    public long count(String clientId, String creditCode) {
        return collection.countDocuments(filter(clientId, creditCode));
    }

    private static Bson filter(String clientId, String creditCode) {
        List<Bson> parts = new ArrayList<>();
        if (clientId != null && !clientId.isBlank()) {
            parts.add(Filters.eq("clientId", clientId.strip()));
        }
        if (creditCode != null && !creditCode.isBlank()) {
            parts.add(Filters.eq("creditCodes", creditCode.strip().toUpperCase()));
        }
        return parts.isEmpty() ? new Document() : Filters.and(parts);
    }

    private static String clientIdTried(HttpServletRequest request) {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return null;
        }
        try {
            String decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()),
                                        StandardCharsets.UTF_8);
            String id = decoded.contains(":") ? decoded.substring(0, decoded.indexOf(':')) : decoded;
            return id.length() > MAX_CLIENT_ID ? id.substring(0, MAX_CLIENT_ID) : id;
        } catch (IllegalArgumentException notBase64) {
            return null;
        }
    }
}
