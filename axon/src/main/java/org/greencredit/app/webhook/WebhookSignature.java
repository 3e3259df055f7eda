package org.greencredit.app.webhook;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import org.greencredit.app.secrets.HmacSha256;

/**
 * The signature a receiver checks: HMAC-SHA256 with the subscription's secret over {@code <timestamp>.<body>}, the
 * timestamp being the epoch second of the attempt (header {@value #TIMESTAMP_HEADER}), sent as
 * {@code v1=<lower-case hex>} (header {@value #SIGNATURE_HEADER}). Signing the timestamp with the body lets the
 * receiver refuse a captured request sent again later: it checks the signature, then that the timestamp is recent.
 */
public final class WebhookSignature {

    public static final String TIMESTAMP_HEADER = "X-GreenCredit-Timestamp";
    public static final String SIGNATURE_HEADER = "X-GreenCredit-Signature";
    public static final String DELIVERY_HEADER = "X-GreenCredit-Delivery";

    private WebhookSignature() {
    }

    public static String of(String secret, long epochSecond, String body) {
        return "v1=" + HexFormat.of().formatHex(HmacSha256.of(secret.getBytes(StandardCharsets.UTF_8),
                                                              epochSecond + "." + body));
    }
}
