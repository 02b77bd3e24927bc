package io.github.advisorcli.advisor.hub;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.SocketAddress;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;

/**
 * The proxy for HTTPS requests from {@code HTTPS_PROXY} (or {@code https_proxy}), as curl and most
 * tools read it, with hosts in {@code NO_PROXY} (or {@code no_proxy}) reached directly. Plain HTTP
 * requests never use it. Proxies that need a user name and password are not supported.
 */
public final class Proxies {
  private Proxies() {}

  /**
   * The selector, or null when no proxy is set.
   *
   * @param getenv reads an environment variable, null when unset
   * @throws HubException when the variable is not a host:port or URL
   */
  public static ProxySelector fromEnvironment(UnaryOperator<String> getenv) {
    String value = first(getenv, "HTTPS_PROXY", "https_proxy");
    if (value == null) {
      return null;
    }
    InetSocketAddress address = parse(value);
    List<String> noProxy = new ArrayList<>();
    String no = first(getenv, "NO_PROXY", "no_proxy");
    if (no != null) {
      for (String part : no.split(",")) {
        String p = part.strip().toLowerCase(Locale.ROOT);
        if (!p.isEmpty()) {
          noProxy.add(p.startsWith(".") ? p.substring(1) : p);
        }
      }
    }
    return new ProxySelector() {
      @Override
      public List<Proxy> select(URI uri) {
        String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
        boolean direct =
            !"https".equalsIgnoreCase(uri.getScheme())
                || noProxy.stream()
                    .anyMatch(n -> n.equals("*") || host.equals(n) || host.endsWith("." + n));
        return List.of(direct ? Proxy.NO_PROXY : new Proxy(Proxy.Type.HTTP, address));
      }

      @Override
      public void connectFailed(URI uri, SocketAddress sa, IOException ioe) {
        // the request fails and is reported; nothing to remember
      }
    };
  }

  static InetSocketAddress parse(String value) {
    String v = value.strip();
    URI uri;
    try {
      uri = URI.create(v.contains("://") ? v : "http://" + v);
    } catch (IllegalArgumentException e) {
      throw new HubException("HTTPS_PROXY is not a proxy address: '" + value + "'");
    }
    if (uri.getHost() == null) {
      throw new HubException("HTTPS_PROXY is not a proxy address: '" + value + "'");
    }
    if (uri.getUserInfo() != null) {
      throw new HubException("HTTPS_PROXY with a user name and password is not supported");
    }
    int port = uri.getPort() > 0 ? uri.getPort() : "https".equals(uri.getScheme()) ? 443 : 80;
    return InetSocketAddress.createUnresolved(uri.getHost(), port);
  }

  private static String first(UnaryOperator<String> getenv, String... names) {
    for (String n : names) {
      String v = getenv.apply(n);
      if (v != null && !v.isBlank()) {
        return v;
      }
    }
    return null;
  }
}
