package edu.aum.course.platform.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ClientAddressesTest {

    @Test
    void withoutTrustedProxiesThePeerIsTheClientWhateverTheHeaderSays() {
        ClientAddresses addresses = ClientAddresses.trusting("");
        assertEquals("203.0.113.9", addresses.client("203.0.113.9", "1.2.3.4"));
        assertEquals("203.0.113.9", addresses.client("203.0.113.9", null));
    }

    @Test
    void behindATrustedProxyTheRightmostUntrustedHopIsTheClient() {
        ClientAddresses addresses = ClientAddresses.trusting("10.0.0.0/8, 192.168.1.5");
        assertEquals("198.51.100.7", addresses.client("10.1.2.3", "198.51.100.7"));
        // a caller's own forged entry stays to the left of the address the proxy saw
        assertEquals("198.51.100.7", addresses.client("10.1.2.3", "6.6.6.6, 198.51.100.7, 192.168.1.5"));
    }

    @Test
    void anUntrustedPeerCannotChooseItsAddress() {
        ClientAddresses addresses = ClientAddresses.trusting("10.0.0.0/8");
        assertEquals("11.0.0.1", addresses.client("11.0.0.1", "1.2.3.4"));
    }

    @Test
    void onlyProxiesInTheChainGiveTheLeftmost() {
        ClientAddresses addresses = ClientAddresses.trusting("10.0.0.0/8");
        assertEquals("10.0.0.2", addresses.client("10.0.0.1", "10.0.0.2"));
        assertEquals("10.0.0.1", addresses.client("10.0.0.1", " , "));
    }

    @Test
    void prefixesThatAreNotWholeBytesAndIpv6() {
        ClientAddresses addresses = ClientAddresses.trusting("172.16.0.0/12,::1,2001:db8::/32");
        assertEquals("9.9.9.9", addresses.client("172.31.255.255", "9.9.9.9"));
        assertEquals("172.32.0.1", addresses.client("172.32.0.1", "9.9.9.9"));
        assertEquals("9.9.9.9", addresses.client("::1", "9.9.9.9"));
        assertEquals("2001:db9::1", addresses.client("2001:db8::5", "2001:db9::1"));
    }

    @Test
    void hostNamesAndGarbageAreNeverTrustedOrLookedUp() {
        ClientAddresses addresses = ClientAddresses.trusting("10.0.0.0/8");
        assertEquals("evil.example", addresses.client("10.0.0.1", "evil.example"));
        assertThrows(IllegalArgumentException.class, () -> ClientAddresses.trusting("proxy.local"));
        assertThrows(IllegalArgumentException.class, () -> ClientAddresses.trusting("10.0.0.0/33"));
    }
}
