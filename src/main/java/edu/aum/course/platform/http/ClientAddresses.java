package edu.aum.course.platform.http;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The address a request really came from, for throttling and rate limits. Behind a load balancer every
 * request comes from the balancer, so the balancer's addresses are listed as trusted proxies
 * ({@code TRUSTED_PROXIES}: addresses or CIDR blocks, comma-separated); then the client is the right-most
 * address of {@code X-Forwarded-For} that is not a trusted proxy. A header from anyone else is ignored, so a
 * caller cannot choose its own address by sending one.
 */
public final class ClientAddresses {

    private final List<Block> trusted;

    private ClientAddresses(List<Block> trusted) {
        this.trusted = trusted;
    }

    /** From the setting's text; a blank setting trusts no proxy. Refuses an entry it cannot read. */
    public static ClientAddresses trusting(String setting) {
        List<Block> blocks = new ArrayList<>();
        if (setting != null) {
            for (String entry : setting.split(",")) {
                String text = entry.strip();
                if (!text.isEmpty()) {
                    blocks.add(Block.parse(text));
                }
            }
        }
        return new ClientAddresses(List.copyOf(blocks));
    }

    /** The client's address given the connection's peer and the X-Forwarded-For header (may be null). */
    public String client(String peer, String forwardedFor) {
        if (forwardedFor == null || !isTrusted(peer)) {
            return peer;
        }
        String[] hops = forwardedFor.split(",");
        String leftmost = peer;
        for (int i = hops.length - 1; i >= 0; i--) {
            String hop = hops[i].strip();
            if (hop.isEmpty()) {
                continue;
            }
            leftmost = hop;
            if (!isTrusted(hop)) {
                return hop;
            }
        }
        return leftmost;
    }

    private boolean isTrusted(String address) {
        Optional<byte[]> bytes = literal(address);
        return bytes.isPresent() && trusted.stream().anyMatch(b -> b.contains(bytes.get()));
    }

    /** The bytes of an IP literal; empty for anything else (never a DNS lookup). */
    static Optional<byte[]> literal(String text) {
        if (text == null || text.isEmpty() || !text.matches("[0-9A-Fa-f:.]+")) {
            return Optional.empty();
        }
        try {
            return Optional.of(InetAddress.getByName(text).getAddress());
        } catch (UnknownHostException e) {
            return Optional.empty();
        }
    }

    private record Block(byte[] network, int prefix) {

        static Block parse(String text) {
            int slash = text.indexOf('/');
            String address = slash < 0 ? text : text.substring(0, slash);
            byte[] bytes = literal(address)
                    .orElseThrow(() -> new IllegalArgumentException("TRUSTED_PROXIES: not an address: " + text));
            int prefix = bytes.length * 8;
            if (slash >= 0) {
                try {
                    prefix = Integer.parseInt(text.substring(slash + 1));
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("TRUSTED_PROXIES: not a prefix length: " + text, e);
                }
                if (prefix < 0 || prefix > bytes.length * 8) {
                    throw new IllegalArgumentException("TRUSTED_PROXIES: prefix out of range: " + text);
                }
            }
            return new Block(bytes, prefix);
        }

        boolean contains(byte[] address) {
            if (address.length != network.length) {
                return false;
            }
            int full = prefix / 8;
            for (int i = 0; i < full; i++) {
                if (address[i] != network[i]) {
                    return false;
                }
            }
            int rest = prefix % 8;
            if (rest == 0) {
                return true;
            }
            int mask = 0xFF << (8 - rest) & 0xFF;
            return (address[full] & mask) == (network[full] & mask);
        }
    }
}
