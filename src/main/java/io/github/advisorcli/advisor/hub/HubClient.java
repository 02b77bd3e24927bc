package io.github.advisorcli.advisor.hub;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodySubscribers;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Downloads the Hub's model list ({@code /api/models}) over HTTP(S) with {@code java.net.http}:
 * timeouts on connecting and on the answer, retries with exponential backoff on 429 and 5xx answers
 * and on timeouts (honouring {@code Retry-After}), and one clear error when the Hub cannot be
 * reached. The body streams to a file, never into memory.
 */
public final class HubClient {
  /** The Hub's address. */
  public static final URI DEFAULT_ENDPOINT = URI.create("https://huggingface.co");

  /** The most models one request returns; the Hub's page size. */
  public static final int MAX_LIMIT = 1000;

  /**
   * How the client talks to the Hub.
   *
   * @param endpoint the base URL, e.g. https://huggingface.co
   * @param connectTimeout how long to wait for a connection
   * @param requestTimeout how long to wait for the answer's headers
   * @param attempts how many times to try one request (at least 1)
   * @param backoff the wait before the first retry; it doubles with each retry
   * @param maxWait the longest wait between attempts, also for Retry-After
   * @param proxy the proxy selector, or null for none
   * @param userAgent the User-Agent header
   */
  public record Settings(
      URI endpoint,
      Duration connectTimeout,
      Duration requestTimeout,
      int attempts,
      Duration backoff,
      Duration maxWait,
      java.net.ProxySelector proxy,
      String userAgent) {}

  /** Waits between attempts; tests record the waits instead of sleeping. */
  @FunctionalInterface
  public interface Sleeper {
    void sleep(Duration duration) throws InterruptedException;
  }

  private final Settings settings;
  private final Sleeper sleeper;
  private final Supplier<HttpClient> client;
  private HttpClient http;

  public HubClient(Settings settings) {
    this(settings, d -> Thread.sleep(d.toMillis()));
  }

  public HubClient(Settings settings, Sleeper sleeper) {
    this.settings = settings;
    this.sleeper = sleeper;
    this.client =
        () -> {
          HttpClient.Builder b =
              HttpClient.newBuilder()
                  .connectTimeout(settings.connectTimeout())
                  .followRedirects(HttpClient.Redirect.NORMAL);
          if (settings.proxy() != null) {
            b.proxy(settings.proxy());
          }
          return b.build();
        };
  }

  /** The list URL for one pipeline tag, most downloaded first, with cards and configs. */
  public URI listUri(String pipelineTag, int limit) {
    String base = settings.endpoint().toString().replaceAll("/+$", "");
    return URI.create(
        base
            + "/api/models?pipeline_tag="
            + URLEncoder.encode(pipelineTag, StandardCharsets.UTF_8)
            + "&sort=downloads&direction=-1&limit="
            + limit
            + "&full=true&cardData=true&config=true");
  }

  /**
   * Downloads {@code uri} into {@code file}.
   *
   * @throws HubException when the Hub cannot be reached, keeps failing or answers with an error
   */
  public void download(URI uri, Path file) {
    HttpRequest request =
        HttpRequest.newBuilder(uri)
            .timeout(settings.requestTimeout())
            .header("Accept", "application/json")
            .header("User-Agent", settings.userAgent())
            .GET()
            .build();
    int attempts = Math.max(1, settings.attempts());
    for (int attempt = 1; ; attempt++) {
      String failure;
      Duration wait = backoff(attempt);
      try {
        HttpResponse<Path> response =
            http()
                .send(
                    request,
                    info ->
                        info.statusCode() == 200
                            ? BodySubscribers.ofFile(
                                file,
                                StandardOpenOption.CREATE,
                                StandardOpenOption.WRITE,
                                StandardOpenOption.TRUNCATE_EXISTING)
                            : BodySubscribers.replacing(null));
        int status = response.statusCode();
        if (status == 200) {
          return;
        }
        if (status != 429 && status < 500) {
          throw new HubException("the Hub answered HTTP " + status + " for " + uri);
        }
        failure = "the Hub answered HTTP " + status;
        Optional<Duration> retryAfter =
            response.headers().firstValue("Retry-After").flatMap(HubClient::retryAfter);
        if (retryAfter.isPresent()) {
          wait = retryAfter.get();
        }
      } catch (HttpConnectTimeoutException e) {
        failure = "no connection to " + host(uri) + " within " + millis(settings.connectTimeout());
      } catch (HttpTimeoutException e) {
        failure = "no answer from " + host(uri) + " within " + millis(settings.requestTimeout());
      } catch (ConnectException | UnknownHostException e) {
        throw unreachable(uri, e);
      } catch (IOException e) {
        if (e.getCause() instanceof UnknownHostException
            || e.getCause() instanceof ConnectException) {
          throw unreachable(uri, e);
        }
        failure = "the connection to " + host(uri) + " failed: " + e.getMessage();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new HubException("interrupted while downloading " + uri);
      }
      if (attempt >= attempts) {
        throw new HubException(
            failure + " (" + attempts + (attempts == 1 ? " attempt" : " attempts") + "): " + uri);
      }
      sleep(min(wait, settings.maxWait()));
    }
  }

  private HttpClient http() {
    if (http == null) {
      http = client.get();
    }
    return http;
  }

  private Duration backoff(int attempt) {
    return settings.backoff().multipliedBy(1L << Math.min(attempt - 1, 20));
  }

  private void sleep(Duration d) {
    try {
      sleeper.sleep(d);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new HubException("interrupted while waiting to retry");
    }
  }

  /** Retry-After as seconds or as an HTTP date; empty when it is neither. */
  static Optional<Duration> retryAfter(String value) {
    String v = value.strip();
    try {
      return Optional.of(Duration.ofSeconds(Math.max(0, Long.parseLong(v))));
    } catch (NumberFormatException e) {
      try {
        ZonedDateTime at = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME);
        Duration d = Duration.between(ZonedDateTime.now(at.getZone()), at);
        return Optional.of(d.isNegative() ? Duration.ZERO : d);
      } catch (DateTimeParseException ignored) {
        return Optional.empty();
      }
    }
  }

  private static HubException unreachable(URI uri, Exception e) {
    Throwable cause =
        e.getCause() != null && !(e instanceof UnknownHostException) ? e.getCause() : e;
    String why =
        cause instanceof UnknownHostException
            ? "unknown host"
            : cause instanceof ConnectException ? "connection refused" : cause.getMessage();
    return new HubException(
        "cannot reach "
            + host(uri)
            + " ("
            + why
            + "): are you offline? Behind a proxy, set HTTPS_PROXY",
        e);
  }

  private static String host(URI uri) {
    return uri.getPort() < 0 ? uri.getHost() : uri.getHost() + ":" + uri.getPort();
  }

  private static String millis(Duration d) {
    return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
  }

  private static Duration min(Duration a, Duration b) {
    return a.compareTo(b) <= 0 ? a : b;
  }

  /** Deletes a downloaded file, quietly. */
  public static void delete(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException ignored) {
      // best effort: a temporary file
    }
  }
}
