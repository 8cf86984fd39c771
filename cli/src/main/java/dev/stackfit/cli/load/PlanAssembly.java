package dev.stackfit.cli.load;

import dev.stackfit.core.Identified;
import dev.stackfit.core.InvalidInputException;
import dev.stackfit.core.Problem;
import dev.stackfit.lab.load.Arrival;
import dev.stackfit.lab.load.ConnectionSizing;
import dev.stackfit.lab.load.DurationText;
import dev.stackfit.lab.load.LoadMode;
import dev.stackfit.lab.load.LoadPlan;
import dev.stackfit.lab.load.RateCurve;
import dev.stackfit.lab.load.RequestTemplate;
import dev.stackfit.lab.load.ResponseCheck;
import dev.stackfit.lab.load.TargetGuard;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Checks the command's options and turns them into a {@link LoadPlan}, collecting every problem
 * rather than stopping at the first.
 *
 * @param plan the validated plan
 * @param notes defaults the user should know were chosen for them
 */
record PlanAssembly(LoadPlan plan, List<String> notes) {
  static final double DEFAULT_RATE = 100;
  static final int DEFAULT_CLOSED_CONNECTIONS = 32;
  static final Duration DEFAULT_DURATION = Duration.ofSeconds(10);

  static PlanAssembly from(LoadCommand o) {
    return new Checker(o).assemble();
  }

  private static final class Checker {
    private final LoadCommand o;
    private final List<Problem> problems = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    Checker(LoadCommand options) {
      this.o = options;
    }

    PlanAssembly assemble() {
      URI target = target();
      LoadMode mode = choice("--mode", o.mode, LoadMode.class);
      Arrival arrival = choice("--arrival", o.arrival, Arrival.class);
      RateCurve rate = mode == LoadMode.CLOSED ? closedRate() : openRate();
      Duration timeout = duration("--timeout", o.timeout);
      Duration warmup = duration("--warmup", o.warmup);
      Duration runFor = runDuration(mode, rate);
      Map<String, String> headers = headers();
      counts();
      if (!problems.isEmpty() || mode == null || arrival == null || timeout == null) {
        throw new InvalidInputException(problems);
      }
      ConnectionSizing sizing = sizing(mode, rate, timeout);
      if (!problems.isEmpty() || runFor == null || warmup == null) {
        throw new InvalidInputException(problems);
      }
      try {
        LoadPlan plan =
            new LoadPlan(
                target,
                mode,
                rate,
                arrival,
                sizing,
                o.threads,
                runFor,
                o.requests == null ? 0 : o.requests,
                warmup,
                timeout,
                new RequestTemplate(o.method, headers, o.body),
                new ResponseCheck(new HashSet<>(o.expectStatus), o.expectBody),
                o.seed);
        return new PlanAssembly(plan, notes);
      } catch (IllegalArgumentException e) {
        throw new InvalidInputException(problem("", e.getMessage()));
      }
    }

    private URI target() {
      URI uri;
      try {
        uri = new URI(o.url);
      } catch (URISyntaxException e) {
        problems.add(problem("URL", "\"" + o.url + "\" is not a URL: " + e.getReason()));
        return null;
      }
      if (!"http".equalsIgnoreCase(uri.getScheme()) || uri.getHost() == null) {
        problems.add(
            problem(
                "URL",
                "\""
                    + o.url
                    + "\" must be an http:// URL with a host"
                    + ("https".equalsIgnoreCase(uri.getScheme())
                        ? " (https is not supported)"
                        : "")));
        return null;
      }
      if (uri.getPort() > 65_535) {
        problems.add(
            problem("URL", "\"" + o.url + "\": port " + uri.getPort() + " is not 1 to 65535"));
        return null;
      }
      TargetGuard.refusal(uri, o.allowRemote).ifPresent(why -> problems.add(problem("URL", why)));
      return uri;
    }

    private RateCurve closedRate() {
      if (o.rate != null || o.ramp != null || o.steps != null) {
        problems.add(
            problem(
                "--rate",
                "--rate, --ramp and --steps apply to the open model only;"
                    + " the closed model sends as fast as the connections allow"));
      }
      return null;
    }

    private RateCurve openRate() {
      int given = (o.rate != null ? 1 : 0) + (o.ramp != null ? 1 : 0) + (o.steps != null ? 1 : 0);
      if (given > 1) {
        problems.add(problem("--rate", "give only one of --rate, --ramp and --steps"));
        return null;
      }
      try {
        if (o.ramp != null) {
          return ramp();
        }
        if (o.steps != null) {
          return new RateCurve.Steps(o.steps);
        }
        if (o.rate == null) {
          notes.add("no --rate given: sending " + (long) DEFAULT_RATE + " requests/s");
          return new RateCurve.Constant(DEFAULT_RATE);
        }
        return new RateCurve.Constant(o.rate);
      } catch (IllegalArgumentException e) {
        problems.add(
            problem(
                o.ramp != null ? "--ramp" : o.steps != null ? "--steps" : "--rate",
                e.getMessage()));
        return null;
      }
    }

    private RateCurve ramp() {
      String[] ends = o.ramp.split("\\.\\.", -1);
      try {
        if (ends.length == 2) {
          return new RateCurve.Ramp(Double.parseDouble(ends[0]), Double.parseDouble(ends[1]));
        }
      } catch (NumberFormatException e) {
        // reported below
      }
      throw new IllegalArgumentException("\"" + o.ramp + "\" is not FROM..TO, e.g. 100..5000");
    }

    private Duration runDuration(LoadMode mode, RateCurve rate) {
      if (o.duration != null) {
        Duration d = duration("--duration", o.duration);
        if (d != null && (d.isZero() || d.compareTo(LoadPlan.MAX_DURATION) > 0)) {
          problems.add(
              problem("--duration", "must be more than 0 and at most 1h, got " + o.duration));
          return null;
        }
        return d;
      }
      if (o.requests == null || o.requests < 1) {
        return DEFAULT_DURATION;
      }
      if (mode == LoadMode.OPEN && rate instanceof RateCurve.Constant constant) {
        long nanos = (long) Math.ceil(o.requests / constant.ratePerSec() * 1e9);
        return Duration.ofNanos(
            Math.max(1_000_000, Math.min(nanos, LoadPlan.MAX_DURATION.toNanos())));
      }
      notes.add("bounded by --requests " + o.requests + " (and by 1h at most)");
      return LoadPlan.MAX_DURATION;
    }

    private ConnectionSizing sizing(LoadMode mode, RateCurve rate, Duration timeout) {
      try {
        if (mode == LoadMode.CLOSED) {
          return ConnectionSizing.closedModel(
              o.connections == null ? DEFAULT_CLOSED_CONNECTIONS : o.connections);
        }
        return ConnectionSizing.openModel(
            rate.peakRatePerSec(), timeout, o.connections, o.maxInFlight);
      } catch (IllegalArgumentException e) {
        problems.add(
            problem(o.maxInFlight != null ? "--max-in-flight" : "--connections", e.getMessage()));
        return null;
      }
    }

    private void counts() {
      if (o.requests != null && o.requests < 1) {
        problems.add(problem("--requests", "must be at least 1, got " + o.requests));
      }
      if (o.connections != null && o.connections < 1) {
        problems.add(problem("--connections", "must be at least 1, got " + o.connections));
      }
      if (o.threads < 1) {
        problems.add(problem("--threads", "must be at least 1, got " + o.threads));
      }
      for (int status : o.expectStatus) {
        if (status < 100 || status > 599) {
          problems.add(problem("--expect-status", status + " is not an HTTP status (100..599)"));
        }
      }
      if (!o.method.matches("[A-Z]+")) {
        problems.add(
            problem("--method", "\"" + o.method + "\" must be an upper-case method such as GET"));
      }
    }

    private Map<String, String> headers() {
      Map<String, String> headers = new LinkedHashMap<>();
      for (String header : o.headers) {
        int colon = header.indexOf(':');
        if (colon < 1 || !header.substring(0, colon).matches("[A-Za-z0-9!#$%&'*+.^_`|~-]+")) {
          problems.add(problem("--header", "\"" + header + "\" is not 'Name: value'"));
        } else {
          headers.put(header.substring(0, colon), header.substring(colon + 1).trim());
        }
      }
      return headers;
    }

    private Duration duration(String option, String text) {
      Optional<Duration> parsed = DurationText.parse(text);
      if (parsed.isEmpty()) {
        problems.add(problem(option, "\"" + text + "\" is not a duration such as 500ms, 10s, 2m"));
        return null;
      }
      return parsed.get();
    }

    private <E extends Enum<E> & Identified> E choice(String option, String text, Class<E> type) {
      Optional<E> value =
          Identified.byId(type, text == null ? null : text.toLowerCase(Locale.ROOT));
      if (value.isEmpty()) {
        problems.add(problem(option, Identified.notOneOf(type, text)));
      }
      return value.orElse(null);
    }

    private static Problem problem(String path, String message) {
      return new Problem("stackfit load", 0, 0, path, message);
    }
  }
}
