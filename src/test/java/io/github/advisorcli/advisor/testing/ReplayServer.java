package io.github.advisorcli.advisor.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * A local HTTP server on 127.0.0.1 that stands in for the Hub: it answers {@code /api/models} with
 * a recorded list, after playing any scripted failures (an error status, optionally with
 * Retry-After, or no answer at all). It records every request's path and query.
 */
public final class ReplayServer implements AutoCloseable {
  /** The recorded list under {@code src/test/resources/hub/}. */
  public static final Path MODELS = CliRun.basedir().resolve("src/test/resources/hub/models.json");

  private final HttpServer server;
  private final ExecutorService executor = Executors.newCachedThreadPool();
  private final Deque<Step> script = new ArrayDeque<>();
  private final List<String> requests = new CopyOnWriteArrayList<>();
  private final CountDownLatch release = new CountDownLatch(1);
  private volatile byte[] body;

  private sealed interface Step {}

  private record Status(int code, String retryAfter) implements Step {}

  private record Hang() implements Step {}

  public ReplayServer() {
    try {
      body = Files.readAllBytes(MODELS);
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.setExecutor(executor);
    server.createContext("/", this::handle);
    server.start();
  }

  /** The base URL, e.g. http://127.0.0.1:40123. */
  public URI endpoint() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
  }

  /** Answers the next request with this status (and Retry-After, when not null). */
  public ReplayServer thenStatus(int code, String retryAfter) {
    synchronized (script) {
      script.add(new Status(code, retryAfter));
    }
    return this;
  }

  /** Does not answer the next request until the server closes. */
  public ReplayServer thenHang() {
    synchronized (script) {
      script.add(new Hang());
    }
    return this;
  }

  /** Serves this text instead of the recorded list. */
  public ReplayServer serving(String json) {
    body = json.getBytes(StandardCharsets.UTF_8);
    return this;
  }

  /** Each request's path and query, in order. */
  public List<String> requests() {
    return List.copyOf(requests);
  }

  private void handle(HttpExchange exchange) throws IOException {
    requests.add(exchange.getRequestURI().toString());
    Step step;
    synchronized (script) {
      step = script.poll();
    }
    try (exchange) {
      if (step instanceof Hang) {
        try {
          release.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
        return;
      }
      if (step instanceof Status s) {
        if (s.retryAfter() != null) {
          exchange.getResponseHeaders().add("Retry-After", s.retryAfter());
        }
        exchange.sendResponseHeaders(s.code(), -1);
        return;
      }
      if (!exchange.getRequestURI().getPath().equals("/api/models")) {
        exchange.sendResponseHeaders(404, -1);
        return;
      }
      exchange.getResponseHeaders().add("Content-Type", "application/json; charset=utf-8");
      exchange.sendResponseHeaders(200, body.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    }
  }

  @Override
  public void close() {
    release.countDown();
    server.stop(0);
    executor.shutdownNow();
  }
}
