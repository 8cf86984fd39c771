package dev.stackfit.lab.diff;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Turns observations into a report, as Twitter's Diffy does: a field that differs between two
 * answers of the old service to the same request (a timestamp, a generated id) is noise for its
 * endpoint, and differences between old and new in noisy fields are ignored. A field is noisy for
 * the whole endpoint as soon as one of its requests shows it.
 */
final class NoiseFilter {
  /** Examples kept per field. */
  static final int EXAMPLES = 3;

  private NoiseFilter() {}

  static DiffReport report(
      List<Observation> observations,
      URI oldUrl,
      URI newUrl,
      String noiseFrom,
      List<String> headers) {
    Map<String, List<Observation>> byEndpoint = new LinkedHashMap<>();
    for (Observation o : observations) {
      byEndpoint.computeIfAbsent(Endpoints.of(o.request()), k -> new ArrayList<>()).add(o);
    }
    List<DiffReport.Endpoint> endpoints = new ArrayList<>();
    byEndpoint.forEach((endpoint, list) -> endpoints.add(endpoint(endpoint, list)));
    return new DiffReport(oldUrl, newUrl, noiseFrom, headers, observations.size(), endpoints);
  }

  private static DiffReport.Endpoint endpoint(String endpoint, List<Observation> observations) {
    TreeSet<String> noise = new TreeSet<>();
    for (Observation o : observations) {
      AnswerDiff.compare(o.old(), o.oldAgain()).forEach(d -> noise.add(d.pattern()));
    }
    Map<String, List<DiffReport.Example>> fields = new TreeMap<>();
    Map<String, Integer> counts = new TreeMap<>();
    int differing = 0;
    for (Observation o : observations) {
      boolean differs = false;
      TreeSet<String> seen = new TreeSet<>();
      for (Difference d : AnswerDiff.compare(o.old(), o.candidate())) {
        if (noise.contains(d.pattern())) {
          continue;
        }
        differs = true;
        List<DiffReport.Example> examples =
            fields.computeIfAbsent(d.pattern(), k -> new ArrayList<>());
        if (seen.add(d.pattern())) {
          counts.merge(d.pattern(), 1, Integer::sum);
          if (examples.size() < EXAMPLES) {
            examples.add(
                new DiffReport.Example(
                    o.request().line(), o.request().origin(), d.field(), d.left(), d.right()));
          }
        }
      }
      differing += differs ? 1 : 0;
    }
    List<DiffReport.Field> result = new ArrayList<>();
    fields.forEach((f, examples) -> result.add(new DiffReport.Field(f, counts.get(f), examples)));
    return new DiffReport.Endpoint(
        endpoint, observations.size(), differing, List.copyOf(noise), result);
  }
}
