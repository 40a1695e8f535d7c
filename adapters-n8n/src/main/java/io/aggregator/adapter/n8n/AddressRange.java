package io.aggregator.adapter.n8n;

import java.math.BigInteger;
import java.net.InetAddress;
import java.net.UnknownHostException;

/** A CIDR block such as {@code 10.0.0.0/8} or {@code fd00::/8}, IPv4 or IPv6. */
record AddressRange(byte[] network, int prefixLength, String text) {

    static AddressRange parse(String cidr) {
        String[] parts = cidr.strip().split("/", 2);
        try {
            // a literal address is parsed without any name lookup
            if (!parts[0].matches("[0-9a-fA-F:.]+")) {
                throw new IllegalArgumentException("not an IP address");
            }
            byte[] network = InetAddress.getByName(parts[0]).getAddress();
            int prefix = parts.length == 2 ? Integer.parseInt(parts[1]) : network.length * 8;
            if (prefix < 0 || prefix > network.length * 8) {
                throw new IllegalArgumentException("prefix out of range");
            }
            return new AddressRange(network, prefix, cidr.strip());
        } catch (UnknownHostException | RuntimeException e) {
            throw new IllegalArgumentException("'" + cidr + "' is not an address range such as 10.0.0.0/8 or fd00::/8");
        }
    }

    boolean contains(InetAddress address) {
        byte[] candidate = address.getAddress();
        if (candidate.length != network.length) {
            return false;
        }
        int bits = network.length * 8;
        BigInteger mask = BigInteger.ONE.shiftLeft(bits).subtract(BigInteger.ONE)
                .shiftRight(prefixLength).xor(BigInteger.ONE.shiftLeft(bits).subtract(BigInteger.ONE));
        return new BigInteger(1, candidate).and(mask).equals(new BigInteger(1, network).and(mask));
    }

    @Override
    public String toString() {
        return text;
    }
}
