package dev.stackfit.lab.run;

import dev.stackfit.core.InfrastructureException;
import dev.stackfit.lab.file.Candidate;
import dev.stackfit.lab.file.LoadSteps;
import dev.stackfit.lab.file.ScenarioRequest;
import dev.stackfit.lab.load.Arrival;
import dev.stackfit.lab.load.ConnectionSizing;
import dev.stackfit.lab.load.LoadGenerator;
import dev.stackfit.lab.load.LoadListener;
import dev.stackfit.lab.load.LoadMode;
import dev.stackfit.lab.load.LoadPlan;
import dev.stackfit.lab.load.LoadResult;
import dev.stackfit.lab.load.RateCurve;
import dev.stackfit.lab.load.RequestTemplate;
import dev.stackfit.lab.load.ResponseCheck;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.HdrHistogram.Histogram;

/**
 * Sends the scenario's weighted mix at one open-model rate for a while. The generator sends one
 * kind of request per run, so each kind gets its own generator at its share of the rate, all
 * running at once, and their exact histograms are merged.
 */
final class ScenarioLoad {
  private final Candidate candidate;
  private final List<ScenarioRequest> mix;
  private final LoadSteps load;
  private final int totalWeight;

  ScenarioLoad(Candidate candidate, List<ScenarioRequest> mix, LoadSteps load) {
    this.candidate = candidate;
    this.mix = List.copyOf(mix);
    this.load = load;
    this.totalWeight = mix.stream().mapToInt(ScenarioRequest::weight).sum();
  }

  /**
   * The merged outcome of one period of load; {@code scheduleLagMicros} is how late the generators
   * sent requests against their schedule.
   */
  record Outcome(
      long requests,
      long errors,
      double achievedRps,
      Histogram latencyMicros,
      Histogram scheduleLagMicros) {}

  /**
   * Sends the mix at {@code ratePerSec} for {@code duration}; {@code listener} hears the generator
   * of the first kind of request, on the calling thread.
   */
  Outcome run(double ratePerSec, Duration duration, LoadListener listener) {
    List<LoadPlan> plans = mix.stream().map(r -> plan(r, ratePerSec, duration)).toList();
    if (plans.size() == 1) {
      return merge(List.of(new LoadGenerator().run(plans.get(0), listener)));
    }
    ExecutorService pool = Executors.newFixedThreadPool(plans.size());
    try {
      List<Future<LoadResult>> running = new ArrayList<>();
      for (int i = 0; i < plans.size(); i++) {
        LoadPlan plan = plans.get(i);
        LoadListener heard = i == 0 ? listener : LoadListener.NONE;
        running.add(pool.submit(() -> new LoadGenerator().run(plan, heard)));
      }
      List<LoadResult> results = new ArrayList<>();
      for (Future<LoadResult> f : running) {
        results.add(f.get());
      }
      return merge(results);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InfrastructureException("interrupted while loading " + candidate.name(), e);
    } catch (ExecutionException e) {
      throw new InfrastructureException(
          "load generator failed on " + candidate.name() + ": " + e.getCause().getMessage(),
          e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }

  private LoadPlan plan(ScenarioRequest request, double ratePerSec, Duration duration) {
    double share = ratePerSec * request.weight() / totalWeight;
    return new LoadPlan(
        URI.create(candidate.baseUrl() + request.path()),
        LoadMode.OPEN,
        new RateCurve.Constant(share),
        Arrival.CONSTANT,
        ConnectionSizing.openModel(share, load.timeout(), null, null),
        1,
        duration,
        0,
        Duration.ZERO,
        load.timeout(),
        new RequestTemplate(request.method(), request.headers(), request.body()),
        new ResponseCheck(new HashSet<>(request.expectStatus()), request.bodyContains()),
        1);
  }

  private static Outcome merge(List<LoadResult> results) {
    Histogram latency = results.get(0).latency().copy();
    Histogram lag = results.get(0).scheduleLag().copy();
    long requests = 0;
    long errors = 0;
    double achieved = 0;
    for (int i = 0; i < results.size(); i++) {
      LoadResult r = results.get(i);
      if (i > 0) {
        latency.add(r.latency());
        lag.add(r.scheduleLag());
      }
      requests += r.requests();
      // Requests that never got an answer in time count against the candidate too.
      errors += r.errors().total() + r.dropped() + r.unsentAtEnd();
      // Responses to the requests due in the window, over the window's planned length: the
      // generator's own figure stretches the window to the last late answer, which would count
      // lateness twice (the p99 already holds it) and swamp short steps.
      achieved += r.responses() / (r.plan().duration().toNanos() / 1e9);
    }
    return new Outcome(requests, errors, achieved, latency, lag);
  }
}
