package org.kinopanorama.account;

import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.SocketAddress;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The address a request really comes from, as the sign-in throttle counts it. Each proxy appends the address it
 * saw to {@code X-Forwarded-For}, so only the right end of that header is trustworthy: walking it from the right,
 * the first address that is not one of our trusted proxies is the client. Anything to its left was written by
 * the client itself. With forwarding off, or no trusted proxies, the socket's address.
 */
@ApplicationScoped
public class ClientAddress {

    private static final int MAX_LENGTH = 64;

    private final boolean forwarding;
    private final List<AddressRange> trusted;

    @Inject
    ClientAddress(@ConfigProperty(name = "quarkus.http.proxy.proxy-address-forwarding", defaultValue = "false") boolean forwarding,
                  TrustedProxiesConfig config) {
        this(forwarding, config.trustedProxies().orElse(List.of()));
    }

    ClientAddress(boolean forwarding, List<String> trustedProxies) {
        this.forwarding = forwarding;
        this.trusted = trustedProxies.stream().map(String::strip).filter(s -> !s.isEmpty()).map(AddressRange::parse).toList();
    }

    public String of(HttpServerRequest request) {
        // the connection's address is the socket's, even when Quarkus's own forwarding rewrote remoteAddress()
        SocketAddress socket = request.connection() != null ? request.connection().remoteAddress() : request.remoteAddress();
        String peer = socket == null || socket.host() == null ? "unknown" : socket.host();
        return of(peer, request.headers().getAll("X-Forwarded-For"));
    }

    /** The client, given the socket's peer and every X-Forwarded-For header line in order. */
    String of(String peer, List<String> forwardedFor) {
        String client = bare(peer);
        if (!forwarding || trusted.isEmpty() || !isTrusted(client)) {
            return client;
        }
        List<String> hops = new ArrayList<>();
        for (String line : forwardedFor) {
            for (String hop : line.split(",")) {
                if (!hop.isBlank()) {
                    hops.add(bare(hop));
                }
            }
        }
        for (int i = hops.size() - 1; i >= 0; i--) {
            client = hops.get(i);
            if (!isTrusted(client)) {
                return client;
            }
        }
        return client; // every hop is one of ours: the left-most is as close to the client as we know
    }

    private boolean isTrusted(String address) {
        Optional<byte[]> bytes = AddressRange.literal(address);
        return bytes.isPresent() && trusted.stream().anyMatch(r -> r.contains(bytes.get()));
    }

    /** "1.2.3.4:5678" -> "1.2.3.4", "[::1]:80" -> "::1"; bounded in length and lower case. */
    static String bare(String hop) {
        String s = hop.strip();
        if (s.startsWith("[")) {
            int end = s.indexOf(']');
            s = end > 0 ? s.substring(1, end) : s.substring(1);
        } else if (s.indexOf(':') > 0 && s.indexOf(':') == s.lastIndexOf(':')) {
            s = s.substring(0, s.indexOf(':')); // IPv4 with a port
        }
        s = s.toLowerCase(Locale.ROOT);
        return s.length() > MAX_LENGTH ? s.substring(0, MAX_LENGTH) : s;
    }

    /** An address or a CIDR range of addresses. */
    record AddressRange(byte[] network, int prefixBits) {

        static AddressRange parse(String text) {
            int slash = text.indexOf('/');
            String address = slash < 0 ? text : text.substring(0, slash);
            byte[] bytes = literal(address).orElseThrow(() ->
                    new IllegalArgumentException("kinopanorama.http.trusted-proxies: not an IP address or CIDR range: " + text));
            int bits = bytes.length * 8;
            if (slash >= 0) {
                try {
                    bits = Integer.parseInt(text.substring(slash + 1));
                } catch (NumberFormatException e) {
                    bits = -1;
                }
                if (bits < 0 || bits > bytes.length * 8) {
                    throw new IllegalArgumentException("kinopanorama.http.trusted-proxies: bad prefix length in " + text);
                }
            }
            return new AddressRange(bytes, bits);
        }

        boolean contains(byte[] address) {
            if (address.length != network.length) {
                return false;
            }
            int full = prefixBits / 8;
            for (int i = 0; i < full; i++) {
                if (address[i] != network[i]) {
                    return false;
                }
            }
            int rest = prefixBits % 8;
            if (rest == 0) {
                return true;
            }
            int mask = (0xff << (8 - rest)) & 0xff;
            return (address[full] & mask) == (network[full] & mask);
        }

        /** The bytes of an IP literal; empty for anything else (never a DNS lookup). */
        static Optional<byte[]> literal(String text) {
            String s = text.strip();
            if (s.isEmpty() || s.length() > 45 || !s.matches("[0-9A-Fa-f:.]+") || !(s.contains(".") || s.contains(":"))) {
                return Optional.empty();
            }
            if (!s.contains(":")) {
                return ipv4(s);
            }
            try {
                // a literal with ':' is parsed as IPv6 and never looked up
                return Optional.of(InetAddress.getByName(s).getAddress());
            } catch (UnknownHostException e) {
                return Optional.empty();
            }
        }

        private static Optional<byte[]> ipv4(String s) {
            String[] parts = s.split("\\.", -1);
            if (parts.length != 4) {
                return Optional.empty();
            }
            byte[] bytes = new byte[4];
            for (int i = 0; i < 4; i++) {
                if (!parts[i].matches("\\d{1,3}") || Integer.parseInt(parts[i]) > 255) {
                    return Optional.empty();
                }
                bytes[i] = (byte) Integer.parseInt(parts[i]);
            }
            return Optional.of(bytes);
        }
    }
}
