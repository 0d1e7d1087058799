package org.kinopanorama.account;

import io.smallrye.config.ConfigMapping;

import java.util.List;
import java.util.Optional;

@ConfigMapping(prefix = "kinopanorama.http")
public interface TrustedProxiesConfig {

    /**
     * Addresses or CIDR ranges of the reverse proxies in front of the app (e.g. {@code 10.0.0.0/8,::1}). Only
     * when the request comes from one of them, and proxy forwarding is on, is {@code X-Forwarded-For} read.
     * None by default.
     */
    Optional<List<String>> trustedProxies();
}
