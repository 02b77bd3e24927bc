package io.github.advisorcli.advisor.check;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.github.advisorcli.advisor.AdvisorException;
import io.github.advisorcli.advisor.SourceLocation;
import io.github.advisorcli.advisor.Suggest;
import io.github.advisorcli.advisor.catalog.CatalogException;
import io.github.advisorcli.advisor.catalog.read.FieldLocator;
import io.github.advisorcli.advisor.catalog.read.ParseErrors;
import io.github.advisorcli.advisor.catalog.read.Parsers;
import io.github.advisorcli.advisor.license.LicenseCategory;
import io.github.advisorcli.advisor.license.LicenseRegistry;
import io.github.advisorcli.advisor.license.Use;
import io.github.advisorcli.advisor.score.Sizes;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Reads {@code advisor.yaml} strictly; every error names the file, line and column. */
public final class ManifestLoader {
  private static final List<String> TOP_LEVEL = List.of("policy", "models", "exceptions");

  record PolicyEntry(
      String use,
      List<String> allowCategories,
      List<String> allowLicenses,
      List<String> denyLicenses,
      Boolean requireOpenWeights,
      Double minScore,
      Object maxParameters,
      String profile,
      Double driftMargin,
      HardwareEntry hardware,
      String region,
      Object monthlyActiveUsers,
      Object annualRevenueUsd,
      Boolean trainOnOutputs) {}

  /** {@code policy.hardware}: a GPU from the table, a context and a precision. */
  record HardwareEntry(String gpu, Object context, String precision) {}

  record ModelEntry(String id, String task, String where, Object revision) {}

  record GrantEntry(String model, String rule, String reason, String approvedBy, String expires) {}

  private final LicenseRegistry licenses;

  public ManifestLoader(LicenseRegistry licenses) {
    this.licenses = licenses;
  }

  public Manifest read(Path path, String name) {
    io.github.advisorcli.advisor.catalog.read.CatalogLoader.checkFile(path, name, "a manifest");
    ObjectMapper mapper = Parsers.forPath(path);
    mapper.configure(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS, true);
    try (InputStream in = Files.newInputStream(path);
        JsonParser p = mapper.getFactory().createParser(in)) {
      try {
        return read(p, mapper, path, name);
      } catch (JsonProcessingException e) {
        throw ParseErrors.describe(name, e, p);
      }
    } catch (NoSuchFileException e) {
      throw new CatalogException(
          "no such file (create a starter manifest with 'advisor check --init')",
          SourceLocation.of(name));
    } catch (AccessDeniedException e) {
      throw new CatalogException(
          "cannot read the file: permission denied", SourceLocation.of(name));
    } catch (JsonProcessingException e) {
      throw ParseErrors.describe(name, e);
    } catch (IOException e) {
      throw new CatalogException(
          "cannot read the file: " + io.github.advisorcli.advisor.AdvisorException.reason(e),
          SourceLocation.of(name),
          e);
    }
  }

  private Manifest read(JsonParser p, ObjectMapper mapper, Path path, String name)
      throws IOException {
    JsonToken t = p.nextToken();
    if (t == null) {
      throw new CatalogException(
          "the file is empty: expected 'policy' and 'models'", SourceLocation.of(name));
    }
    if (t != JsonToken.START_OBJECT) {
      throw new CatalogException(
          "expected a mapping with 'policy' and 'models' at the top",
          ParseErrors.location(name, p.currentTokenLocation()));
    }
    SourceLocation top = ParseErrors.location(name, p.currentTokenLocation());
    Manifest.Policy policy = null;
    List<Manifest.ModelUse> models = null;
    List<Manifest.Grant> grants = new ArrayList<>();
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String field = p.currentName();
      SourceLocation at = ParseErrors.location(name, p.currentTokenLocation());
      p.nextToken();
      switch (field) {
        case "policy" -> {
          expect(p, JsonToken.START_OBJECT, name, "'policy' must be a mapping");
          SourceLocation where = ParseErrors.location(name, p.currentTokenLocation());
          PolicyEntry entry = bind(p, mapper, PolicyEntry.class, path, where);
          policy = policy(entry, where, mapper, path);
        }
        case "models" -> {
          expect(p, JsonToken.START_ARRAY, name, "'models' must be a list");
          models = new ArrayList<>();
          while (p.nextToken() != JsonToken.END_ARRAY) {
            expect(
                p,
                JsonToken.START_OBJECT,
                name,
                "each model must be a mapping with 'id' and 'task'");
            SourceLocation where = ParseErrors.location(name, p.currentTokenLocation());
            ModelEntry m = bind(p, mapper, ModelEntry.class, path, where);
            if (m.id() == null || m.id().isBlank()) {
              throw new CatalogException("each model needs an 'id'", where);
            }
            models.add(
                new Manifest.ModelUse(
                    m.id(),
                    m.task(),
                    m.where(),
                    where,
                    revision(m.revision(), path, mapper, where)));
          }
        }
        case "exceptions" -> {
          if (p.currentToken() == JsonToken.VALUE_NULL) {
            continue;
          }
          expect(p, JsonToken.START_ARRAY, name, "'exceptions' must be a list");
          while (p.nextToken() != JsonToken.END_ARRAY) {
            expect(p, JsonToken.START_OBJECT, name, "each exception must be a mapping");
            SourceLocation where = ParseErrors.location(name, p.currentTokenLocation());
            grants.add(grant(bind(p, mapper, GrantEntry.class, path, where), where, mapper, path));
          }
        }
        default ->
            throw new CatalogException(
                "unknown field '"
                    + field
                    + "'"
                    + Suggest.suffix(field, TOP_LEVEL)
                    + " (expected policy, models, exceptions)",
                at);
      }
    }
    if (p.nextToken() != null) {
      throw new CatalogException(
          "unexpected content after the end of the manifest",
          ParseErrors.location(name, p.currentTokenLocation()));
    }
    if (models == null || models.isEmpty()) {
      throw new CatalogException(
          "the manifest lists no models: 'models' must list at least one", top);
    }
    if (policy == null) {
      policy =
          new Manifest.Policy(
              Use.COMMERCIAL,
              List.of(),
              List.of(),
              List.of(),
              false,
              null,
              null,
              null,
              0.1,
              top,
              null,
              null);
    }
    return new Manifest(name, policy, List.copyOf(models), List.copyOf(grants));
  }

  private static <T> T bind(
      JsonParser p, ObjectMapper mapper, Class<T> type, Path path, SourceLocation where)
      throws IOException {
    try {
      return mapper
          .readerFor(type)
          .without(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .readValue(p);
    } catch (UnrecognizedPropertyException e) {
      CatalogException error = ParseErrors.describe(where.file(), e);
      throw new CatalogException(
          error.getMessage(), FieldLocator.find(path, mapper, e.getPropertyName(), where), e);
    }
  }

  private Manifest.Policy policy(
      PolicyEntry e, SourceLocation where, ObjectMapper mapper, Path path) {
    Use use = Use.COMMERCIAL;
    if (e.use() != null) {
      try {
        use = Use.valueOf(e.use().trim().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException x) {
        throw at(
            path,
            mapper,
            "use",
            where,
            "'use' must be commercial, research or internal, not '" + e.use() + "'");
      }
    }
    List<LicenseCategory> categories = new ArrayList<>();
    for (String c : list(e.allowCategories())) {
      try {
        categories.add(LicenseCategory.parse(c));
      } catch (AdvisorException x) {
        throw at(path, mapper, "allow_categories", where, x.getMessage());
      }
    }
    List<String> allow = licenses(list(e.allowLicenses()), "allow_licenses", where, mapper, path);
    List<String> deny = licenses(list(e.denyLicenses()), "deny_licenses", where, mapper, path);
    if (e.minScore() != null && !(e.minScore() >= 0 && e.minScore() <= 1)) {
      throw at(
          path,
          mapper,
          "min_score",
          where,
          "'min_score' must be a number from 0 to 1, not " + e.minScore());
    }
    if (e.driftMargin() != null && !(e.driftMargin() >= 0 && e.driftMargin() <= 1)) {
      throw at(
          path,
          mapper,
          "drift_margin",
          where,
          "'drift_margin' must be a number from 0 to 1, not " + e.driftMargin());
    }
    Long maxParams = null;
    if (e.maxParameters() != null) {
      Object v = e.maxParameters();
      try {
        maxParams =
            v instanceof Number n ? Long.valueOf(count(n)) : Sizes.parseCount(String.valueOf(v));
      } catch (AdvisorException x) {
        throw at(path, mapper, "max_parameters", where, "'max_parameters': " + x.getMessage());
      }
      if (!(v instanceof Number || v instanceof String) || maxParams <= 0) {
        throw at(
            path,
            mapper,
            "max_parameters",
            where,
            "'max_parameters' must be a count such as 2B or 350M");
      }
    }
    return new Manifest.Policy(
        use,
        List.copyOf(categories),
        allow,
        deny,
        Boolean.TRUE.equals(e.requireOpenWeights()),
        e.minScore(),
        maxParams,
        e.profile(),
        e.driftMargin() == null ? 0.1 : e.driftMargin(),
        where,
        hardware(e.hardware(), path, mapper, where),
        situation(e, path, mapper, where));
  }

  /** The project's situation that license conditions depend on; unstated facts stay null. */
  private static io.github.advisorcli.advisor.license.Situation situation(
      PolicyEntry e, Path path, ObjectMapper mapper, SourceLocation where) {
    String region = null;
    if (e.region() != null) {
      try {
        region = io.github.advisorcli.advisor.license.Situation.region(e.region());
      } catch (IllegalArgumentException x) {
        throw at(path, mapper, "region", where, "'region': " + x.getMessage());
      }
    }
    return new io.github.advisorcli.advisor.license.Situation(
        region,
        amount(e.monthlyActiveUsers(), "monthly_active_users", path, mapper, where),
        amount(e.annualRevenueUsd(), "annual_revenue_usd", path, mapper, where),
        Boolean.TRUE.equals(e.trainOnOutputs()));
  }

  /** A count written as a number or as 700M / 1.5B; null when not given. */
  private static Long amount(
      Object v, String field, Path path, ObjectMapper mapper, SourceLocation where) {
    if (v == null) {
      return null;
    }
    long n;
    try {
      n = v instanceof Number num ? count(num) : Sizes.parseCount(String.valueOf(v));
    } catch (AdvisorException x) {
      throw at(path, mapper, field, where, "'" + field + "': " + x.getMessage());
    }
    if (!(v instanceof Number || v instanceof String) || n < 0) {
      throw at(
          path, mapper, field, where, "'" + field + "' must be a number such as 700000000 or 700M");
    }
    return n;
  }

  /** A commit hash: 7 to 40 hexadecimal digits, kept in lower case. */
  private static final java.util.regex.Pattern REVISION =
      java.util.regex.Pattern.compile("[0-9a-fA-F]{7,40}");

  private static String revision(Object value, Path path, ObjectMapper mapper, SourceLocation at) {
    if (value == null) {
      return null;
    }
    if (value instanceof Number) {
      throw at(
          path,
          mapper,
          "revision",
          at,
          "'revision' must be quoted: YAML reads " + value + " as a number, not a commit hash");
    }
    String text = value instanceof String s ? s.trim() : null;
    if (text == null || !REVISION.matcher(text).matches()) {
      throw at(
          path,
          mapper,
          "revision",
          at,
          "'revision' must be a commit hash of 7 to 40 hexadecimal digits, not '" + value + "'");
    }
    return text.toLowerCase(Locale.ROOT);
  }

  /** {@code policy.hardware} as the rule check applies: fits fully, no offload. */
  private static io.github.advisorcli.advisor.hardware.HardwareFilter hardware(
      HardwareEntry h, Path path, ObjectMapper mapper, SourceLocation where) {
    if (h == null) {
      return null;
    }
    if (h.gpu() == null) {
      throw at(path, mapper, "hardware", where, "'hardware' needs a 'gpu', e.g. gpu: rtx-4090");
    }
    io.github.advisorcli.advisor.hardware.Hardware gpu;
    try {
      gpu = io.github.advisorcli.advisor.hardware.GpuTable.parse(h.gpu());
    } catch (AdvisorException x) {
      throw at(path, mapper, "gpu", where, "'gpu': " + x.getMessage());
    }
    Long context = null;
    if (h.context() != null) {
      try {
        context = Sizes.parseTokens(String.valueOf(h.context()));
      } catch (AdvisorException x) {
        throw at(path, mapper, "context", where, "'context': " + x.getMessage());
      }
      if (context < 1) {
        throw at(path, mapper, "context", where, "'context' must be at least 1 token");
      }
    }
    io.github.advisorcli.advisor.hardware.WeightFormat precision;
    try {
      precision =
          h.precision() == null
              ? io.github.advisorcli.advisor.hardware.WeightFormat.BF16
              : io.github.advisorcli.advisor.hardware.WeightFormat.parse(h.precision());
    } catch (AdvisorException x) {
      throw at(path, mapper, "precision", where, "'precision': " + x.getMessage());
    }
    return new io.github.advisorcli.advisor.hardware.HardwareFilter(
        gpu, context, 1, precision, io.github.advisorcli.advisor.hardware.KvPrecision.FP16, false);
  }

  /** A parameter count written as a number; 0 (refused) when it is no count a long can hold. */
  private static long count(Number n) {
    if (n instanceof Double || n instanceof Float) {
      double d = n.doubleValue();
      return Double.isFinite(d) && d >= 1 && d < 0x1p63 ? (long) d : 0;
    }
    if (n instanceof java.math.BigInteger b) {
      return b.bitLength() < 64 ? b.longValue() : 0;
    }
    if (n instanceof java.math.BigDecimal b) {
      return count(b.doubleValue());
    }
    return n.longValue();
  }

  private List<String> licenses(
      List<String> ids, String field, SourceLocation where, ObjectMapper mapper, Path path) {
    List<String> out = new ArrayList<>();
    for (String id : ids) {
      try {
        out.add(licenses.normalize(id));
      } catch (AdvisorException x) {
        throw at(path, mapper, field, where, "'" + field + "': " + x.getMessage());
      }
    }
    return List.copyOf(out);
  }

  private static Manifest.Grant grant(
      GrantEntry e, SourceLocation where, ObjectMapper mapper, Path path) {
    if (e.model() == null || e.rule() == null || e.reason() == null || e.reason().isBlank()) {
      throw new CatalogException("each exception needs 'model', 'rule' and 'reason'", where);
    }
    Rule rule = Rule.parse(e.rule());
    if (rule == null) {
      List<String> ids = java.util.Arrays.stream(Rule.values()).map(Rule::id).toList();
      throw at(
          path,
          mapper,
          "rule",
          where,
          "unknown rule '"
              + e.rule()
              + "'"
              + Suggest.suffix(e.rule(), ids)
              + " (rules: "
              + String.join(", ", ids)
              + ")");
    }
    if (e.expires() != null) {
      try {
        LocalDate.parse(e.expires());
      } catch (DateTimeParseException x) {
        throw at(
            path,
            mapper,
            "expires",
            where,
            "'expires' must be a date (YYYY-MM-DD), not '" + e.expires() + "'");
      }
    }
    return new Manifest.Grant(e.model(), rule, e.reason(), e.approvedBy(), e.expires(), where);
  }

  private static CatalogException at(
      Path path, ObjectMapper mapper, String field, SourceLocation from, String message) {
    return new CatalogException(message, FieldLocator.find(path, mapper, field, from));
  }

  private static void expect(JsonParser p, JsonToken token, String name, String message) {
    if (p.currentToken() != token) {
      throw new CatalogException(message, ParseErrors.location(name, p.currentTokenLocation()));
    }
  }

  private static List<String> list(List<String> l) {
    return l == null ? List.of() : l;
  }
}
