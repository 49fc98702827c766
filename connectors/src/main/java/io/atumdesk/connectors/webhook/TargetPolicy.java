package io.atumdesk.connectors.webhook;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Where webhooks may go (SSRF): http or https only, and every address the host resolves to outside
 * loopback, link-local (cloud metadata), private, shared, multicast and unspecified blocks, unless
 * the allow list names the host or holds the address; the deny list refuses regardless. Checked
 * when a target is saved and again before every send, so a changed DNS answer cannot sneak in.
 */
public final class TargetPolicy {

  private static final Map<String, List<Cidr>> BLOCKED =
      Map.of(
          "loopback", cidrs("127.0.0.0/8", "::1/128"),
          "link-local", cidrs("169.254.0.0/16", "fe80::/10"),
          "private", cidrs("10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16", "fc00::/7"),
          "shared (carrier-grade NAT)", cidrs("100.64.0.0/10"),
          "multicast", cidrs("224.0.0.0/4", "ff00::/8"),
          "unspecified", cidrs("0.0.0.0/8", "::/128", "255.255.255.255/32"));

  private final Set<String> allowedHosts;
  private final List<Cidr> allowedBlocks;
  private final Set<String> deniedHosts;
  private final List<Cidr> deniedBlocks;
  private final HostResolver resolver;

  /** Entries are host names or address blocks ({@code 10.1.0.0/16}, {@code 127.0.0.1}). */
  public TargetPolicy(List<String> allow, List<String> deny, HostResolver resolver) {
    this.allowedHosts = hosts(allow);
    this.allowedBlocks = blocks(allow);
    this.deniedHosts = hosts(deny);
    this.deniedBlocks = blocks(deny);
    this.resolver = resolver;
  }

  /** The addresses the target resolves to, all permitted; or why it may not be reached. */
  public List<InetAddress> check(URI target) throws TargetRefused {
    String scheme = target.getScheme() == null ? "" : target.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) {
      throw new TargetRefused(
          "only http and https targets are allowed, not '%s'".formatted(scheme), false);
    }
    if (target.getHost() == null || target.getRawUserInfo() != null) {
      throw new TargetRefused("the target needs a host and no user info", false);
    }
    String host = bare(target.getHost());
    if (deniedHosts.contains(host)) {
      throw new TargetRefused("host %s is on the deny list".formatted(host), false);
    }
    List<InetAddress> addresses = resolve(host);
    for (InetAddress address : addresses) {
      refuseIfBlocked(host, address);
    }
    return addresses;
  }

  private void refuseIfBlocked(String host, InetAddress address) throws TargetRefused {
    String ip = address.getHostAddress();
    if (deniedBlocks.stream().anyMatch(block -> block.contains(address))) {
      throw new TargetRefused(
          "%s resolves to %s, which is on the deny list".formatted(host, ip), false);
    }
    if (allowedHosts.contains(host) || allowedBlocks.stream().anyMatch(b -> b.contains(address))) {
      return;
    }
    for (var blocked : BLOCKED.entrySet()) {
      if (blocked.getValue().stream().anyMatch(block -> block.contains(address))) {
        throw new TargetRefused(
            "%s resolves to %s, a %s address; an admin may allow it in atum.webhooks.allow"
                .formatted(host, ip, blocked.getKey()),
            false);
      }
    }
  }

  private List<InetAddress> resolve(String host) throws TargetRefused {
    try {
      List<InetAddress> addresses = resolver.resolve(host);
      if (addresses.isEmpty()) {
        throw new UnknownHostException(host);
      }
      return addresses;
    } catch (UnknownHostException e) {
      throw new TargetRefused("host %s cannot be resolved".formatted(host), true);
    }
  }

  private static String bare(String host) {
    String lower = host.toLowerCase(Locale.ROOT);
    return lower.startsWith("[") && lower.endsWith("]")
        ? lower.substring(1, lower.length() - 1)
        : lower;
  }

  private static boolean isBlock(String entry) {
    String text = entry.strip();
    return text.matches("\\d{1,3}(\\.\\d{1,3}){3}(/\\d{1,2})?") || text.contains(":");
  }

  private static Set<String> hosts(List<String> entries) {
    return entries.stream()
        .filter(entry -> !isBlock(entry))
        .map(entry -> entry.strip().toLowerCase(Locale.ROOT))
        .collect(Collectors.toUnmodifiableSet());
  }

  private static List<Cidr> blocks(List<String> entries) {
    return entries.stream().filter(TargetPolicy::isBlock).map(Cidr::parse).toList();
  }

  private static List<Cidr> cidrs(String... blocks) {
    return java.util.Arrays.stream(blocks).map(Cidr::parse).toList();
  }
}
