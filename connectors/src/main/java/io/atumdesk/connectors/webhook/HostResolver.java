package io.atumdesk.connectors.webhook;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;

/** Resolves a host name to its addresses; the seam through which tests change DNS answers. */
@FunctionalInterface
public interface HostResolver {

  /** The JVM's resolver, whose answers the HTTP client's own lookup then finds in its cache. */
  HostResolver SYSTEM = host -> List.of(InetAddress.getAllByName(host));

  List<InetAddress> resolve(String host) throws UnknownHostException;
}
