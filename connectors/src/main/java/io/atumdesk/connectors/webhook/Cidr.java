package io.atumdesk.connectors.webhook;

import java.math.BigInteger;
import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * An address block such as {@code 10.0.0.0/8} or {@code fc00::/7}; a bare address is a /32 or /128.
 */
record Cidr(byte[] network, int prefix) {

  static Cidr parse(String text) {
    String[] parts = text.strip().split("/", 2);
    if (!parts[0].matches("[0-9a-fA-F:.]+")) {
      throw new IllegalArgumentException("'" + text + "' is not an address block");
    }
    try {
      byte[] network = InetAddress.getByName(parts[0]).getAddress();
      int prefix = parts.length == 2 ? Integer.parseInt(parts[1]) : network.length * 8;
      if (prefix < 0 || prefix > network.length * 8) {
        throw new IllegalArgumentException("'" + text + "' has a prefix out of range");
      }
      return new Cidr(network, prefix);
    } catch (UnknownHostException | NumberFormatException e) {
      throw new IllegalArgumentException("'" + text + "' is not an address block", e);
    }
  }

  boolean contains(InetAddress address) {
    byte[] candidate = address.getAddress();
    if (candidate.length != network.length) {
      return false;
    }
    int bits = network.length * 8;
    BigInteger all = BigInteger.ONE.shiftLeft(bits).subtract(BigInteger.ONE);
    BigInteger mask = all.shiftRight(bits - prefix).shiftLeft(bits - prefix);
    return new BigInteger(1, candidate).and(mask).equals(new BigInteger(1, network).and(mask));
  }
}
