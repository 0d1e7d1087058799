package org.kinopanorama.account;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Which address the throttle counts: the socket's, or behind trusted proxies the right-most untrusted hop. */
class ClientAddressTest {

    private static final ClientAddress BEHIND_PROXIES = new ClientAddress(true, List.of("127.0.0.1", "10.0.0.0/8", "2001:db8::/32"));

    @Test
    void withoutForwardingOrTrustedProxiesTheSocketDecides() {
        assertThat(new ClientAddress(false, List.of("127.0.0.1")).of("127.0.0.1", List.of("6.6.6.6"))).isEqualTo("127.0.0.1");
        assertThat(new ClientAddress(true, List.of()).of("127.0.0.1", List.of("6.6.6.6"))).isEqualTo("127.0.0.1");
    }

    @Test
    void aHeaderFromAnUntrustedPeerIsIgnored() {
        assertThat(BEHIND_PROXIES.of("198.51.100.7", List.of("6.6.6.6"))).isEqualTo("198.51.100.7");
    }

    @Test
    void theRightMostUntrustedHopIsTheClient() {
        assertThat(BEHIND_PROXIES.of("127.0.0.1", List.of("6.6.6.6, 203.0.113.9"))).isEqualTo("203.0.113.9");
        assertThat(BEHIND_PROXIES.of("127.0.0.1", List.of("6.6.6.6, 203.0.113.9, 10.1.2.3"))).isEqualTo("203.0.113.9");
        assertThat(BEHIND_PROXIES.of("127.0.0.1", List.of("6.6.6.6", "203.0.113.9", "10.200.0.1"))).as("several header lines")
                .isEqualTo("203.0.113.9");
        assertThat(BEHIND_PROXIES.of("10.0.0.5", List.of("[2001:db8::1]:443, 2a00:1450::5"))).isEqualTo("2a00:1450::5");
    }

    @Test
    void portsAndBracketsAreDropped() {
        assertThat(BEHIND_PROXIES.of("127.0.0.1", List.of("203.0.113.9:5555"))).isEqualTo("203.0.113.9");
        assertThat(BEHIND_PROXIES.of("127.0.0.1", List.of("[2A00:1450::5]:80"))).isEqualTo("2a00:1450::5");
    }

    @Test
    void whenEveryHopIsTrustedTheLeftMostIsTheClosestKnown() {
        assertThat(BEHIND_PROXIES.of("127.0.0.1", List.of("10.0.0.9, 10.0.0.8"))).isEqualTo("10.0.0.9");
        assertThat(BEHIND_PROXIES.of("127.0.0.1", List.of())).isEqualTo("127.0.0.1");
    }

    @Test
    void hostileHopsAreNeverLookedUpNorTrusted() {
        assertThat(BEHIND_PROXIES.of("127.0.0.1", List.of("localhost"))).isEqualTo("localhost");
        assertThat(BEHIND_PROXIES.of("127.0.0.1", List.of("10.0.0.1, 999.1.1.1"))).isEqualTo("999.1.1.1");
        assertThat(BEHIND_PROXIES.of("127.0.0.1", List.of("x".repeat(500)))).hasSize(64);
        assertThat(BEHIND_PROXIES.of("127.0.0.1", List.of(" , ,"))).isEqualTo("127.0.0.1");
    }

    @Test
    void cidrRangesMatchByPrefix() {
        ClientAddress.AddressRange range = ClientAddress.AddressRange.parse("192.168.4.0/22");
        assertThat(range.contains(ClientAddress.AddressRange.literal("192.168.7.255").orElseThrow())).isTrue();
        assertThat(range.contains(ClientAddress.AddressRange.literal("192.168.8.0").orElseThrow())).isFalse();
        assertThat(range.contains(ClientAddress.AddressRange.literal("::1").orElseThrow())).isFalse();
        assertThat(ClientAddress.AddressRange.parse("0.0.0.0/0").contains(new byte[]{1, 2, 3, 4})).isTrue();
    }

    @Test
    void aMistypedTrustedProxyStopsTheStart() {
        assertThatThrownBy(() -> new ClientAddress(true, List.of("proxy.example"))).hasMessageContaining("proxy.example");
        assertThatThrownBy(() -> new ClientAddress(true, List.of("10.0.0.0/33"))).hasMessageContaining("10.0.0.0/33");
    }
}
