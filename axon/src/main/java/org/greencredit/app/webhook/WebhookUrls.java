package org.greencredit.app.webhook;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;
import org.greencredit.domain.common.RuleViolation;

/**
 * Which webhook URLs the application will POST to. The application sits inside the bureau's network and a partner
 * chooses the URL, so an unchecked URL would let a partner make the server call its neighbours — an internal admin
 * page, a cloud metadata service at 169.254.169.254, the read-model store on 127.0.0.1 — and read the answers'
 * status codes in the delivery log (server-side request forgery). So: https only (the payload is a grade and must
 * not travel in clear), no user info, and every address the host resolves to must be public — not loopback,
 * private (10/8, 172.16/12, 192.168/16, fc00::/7), link-local, carrier-grade NAT (100.64/10), multicast or the
 * unspecified address. The check is made when subscribing and again before every attempt, as a name may later
 * resolve elsewhere. {@code allowLocalHttp} (tests only) admits plain http to localhost.
 */
public final class WebhookUrls {

    private static final int MAX_LENGTH = 500;

    private final boolean allowLocalHttp;
    private final Resolver resolver;

    public WebhookUrls(boolean allowLocalHttp) {
        this(allowLocalHttp, InetAddress::getAllByName);
    }

    WebhookUrls(boolean allowLocalHttp, Resolver resolver) {
        this.allowLocalHttp = allowLocalHttp;
        this.resolver = resolver;
    }

    /** The URL as it will be called; refused with a {@code webhook.url.*} key otherwise. */
    public URI check(String url) {
        String text = url == null ? "" : url.strip();
        URI uri;
        try {
            uri = new URI(text);
        } catch (URISyntaxException e) {
            throw new RuleViolation("webhook.url.invalid", text);
        }
        if (text.isEmpty() || text.length() > MAX_LENGTH || uri.getHost() == null || uri.getScheme() == null
            || uri.getRawUserInfo() != null || uri.getRawFragment() != null) {
            throw new RuleViolation("webhook.url.invalid", text);
        }
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        boolean local = host.equals("localhost") || host.equals("127.0.0.1") || host.equals("[::1]");
        if (allowLocalHttp && local && (scheme.equals("http") || scheme.equals("https"))) {
            return uri;
        }
        if (!scheme.equals("https")) {
            throw new RuleViolation("webhook.url.notHttps", text);
        }
        InetAddress[] addresses;
        try {
            addresses = resolver.resolve(host);
        } catch (UnknownHostException e) {
            throw new RuleViolation("webhook.url.unknownHost", host);
        }
        for (InetAddress address : addresses) {
            if (!isPublic(address)) {
                throw new RuleViolation("webhook.url.privateAddress", host, address.getHostAddress());
            }
        }
        return uri;
    }

    static boolean isPublic(InetAddress address) {
        if (address.isLoopbackAddress() || address.isSiteLocalAddress() || address.isLinkLocalAddress()
            || address.isAnyLocalAddress() || address.isMulticastAddress()) {
            return false;
        }
        byte[] bytes = address.getAddress();
        if (bytes.length == 4) {
            int first = bytes[0] & 0xff;
            int second = bytes[1] & 0xff;
            boolean carrierGradeNat = first == 100 && second >= 64 && second < 128;
            return !carrierGradeNat && first != 0;
        }
        boolean uniqueLocal = (bytes[0] & 0xfe) == 0xfc;
        return !uniqueLocal;
    }

    @FunctionalInterface
    interface Resolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }
}
