package dev.stackfit.core.migration;

import dev.stackfit.core.switching.Switching;
import dev.stackfit.core.switching.SwitchingCost;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Cuts an API into the slices of a strangler-fig migration and orders them (docs/migration.md, "The
 * plan"): the operations are grouped by resource, the first path segment after what all paths share
 * ({@code /api/v1}), and each resource splits into its reads and its writes. Reads come before
 * writes: a wrong read is seen and rolled back with nothing lost, a wrong write leaves data behind.
 * Within each group the slice with the least recorded traffic goes first (the smallest blast
 * radius), or without traffic the one with the fewest operations (the smallest step). Effort is
 * each slice's share of the operations times the switching cost's rewrite.
 */
public final class SlicePlanner {
  private SlicePlanner() {}

  /**
   * The ordered slices of {@code operations}.
   *
   * @param traffic requests seen in production; empty when none was recorded
   * @param cost the switching cost of the whole move
   */
  public static List<Slice> plan(
      List<ApiOperation> operations, Optional<List<RecordedRequest>> traffic, SwitchingCost cost) {
    if (operations.isEmpty()) {
      return List.of();
    }
    int shared = sharedPrefix(operations);
    Map<String, List<ApiOperation>> groups = new LinkedHashMap<>();
    for (ApiOperation operation : operations) {
      String key = prefix(operation, shared) + (operation.changesState() ? " writes" : " reads");
      groups.computeIfAbsent(key, k -> new ArrayList<>()).add(operation);
    }
    List<Slice> unordered = new ArrayList<>();
    groups.forEach(
        (key, ops) -> {
          String prefix = key.substring(0, key.lastIndexOf(' '));
          boolean writes = key.endsWith(" writes");
          Slice slice =
              new Slice(0, id(prefix, writes), prefix, writes, ops, OptionalLong.empty(), 0, 0, "");
          OptionalLong seen =
              traffic
                  .map(t -> t.stream().filter(r -> slice.matches(r.method(), r.path())).count())
                  .map(OptionalLong::of)
                  .orElse(OptionalLong.empty());
          double share = (double) ops.size() / operations.size();
          unordered.add(
              new Slice(
                  0,
                  slice.id(),
                  prefix,
                  writes,
                  ops,
                  seen,
                  share * cost.rewriteKloc() / Switching.KLOC_PER_PERSON_MONTH,
                  share * cost.months(),
                  ""));
        });
    unordered.sort(
        Comparator.comparing(Slice::changesState)
            .thenComparingLong(s -> s.recordedRequests().orElse(s.operations().size()))
            .thenComparing(Slice::id));
    long total = traffic.map(List::size).orElse(0);
    List<Slice> ordered = new ArrayList<>();
    for (int i = 0; i < unordered.size(); i++) {
      Slice s = unordered.get(i);
      ordered.add(
          new Slice(
              i + 1,
              s.id(),
              s.prefix(),
              s.changesState(),
              s.operations(),
              s.recordedRequests(),
              s.personMonths(),
              s.months(),
              reason(s, i, unordered, total)));
    }
    return List.copyOf(ordered);
  }

  /** Segments that every path shares and that are not the last segment of any path. */
  static int sharedPrefix(List<ApiOperation> operations) {
    int limit = operations.stream().mapToInt(o -> o.segments().size()).min().orElse(0) - 1;
    List<String> first = operations.get(0).segments();
    int shared = 0;
    while (shared < limit) {
      String segment = first.get(shared);
      int at = shared;
      if (segment.startsWith("{")
          || !operations.stream().allMatch(o -> o.segments().get(at).equals(segment))) {
        break;
      }
      shared++;
    }
    return Math.max(0, shared);
  }

  private static String prefix(ApiOperation operation, int shared) {
    List<String> segments = operation.segments();
    if (segments.size() <= shared) {
      return "/";
    }
    return "/" + String.join("/", segments.subList(0, shared + 1));
  }

  private static String id(String prefix, boolean writes) {
    String resource = prefix.equals("/") ? "root" : prefix.substring(prefix.lastIndexOf('/') + 1);
    String name = resource.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    name = name.replaceAll("^-|-$", "");
    return (name.isEmpty() ? "param" : name) + (writes ? "-writes" : "-reads");
  }

  private static String reason(Slice slice, int index, List<Slice> all, long totalRequests) {
    StringBuilder why = new StringBuilder();
    long readSlices = all.stream().filter(s -> !s.changesState()).count();
    if (slice.changesState()) {
      why.append(
          readSlices > 0
              ? "changes state, so it moves after the "
                  + readSlices
                  + " read-only slices, once"
                  + " the facade and the new service have proven themselves"
              : "changes state: no read-only slice comes before it");
      why.append(
          "; both services write to the same data meanwhile, so verify it against a copy and roll"
              + " back before the two diverge");
    } else {
      why.append("read-only: a wrong answer is seen and rolled back with no data to repair");
    }
    if (slice.recordedRequests().isPresent()) {
      long n = slice.recordedRequests().getAsLong();
      why.append(
          String.format(
              Locale.ROOT,
              "; %d of %d recorded requests (%.1f%%): lighter traffic moves first, a smaller blast"
                  + " radius",
              n,
              totalRequests,
              totalRequests == 0 ? 0.0 : 100.0 * n / totalRequests));
    } else {
      int ops = slice.operations().size();
      why.append("; ")
          .append(ops)
          .append(ops == 1 ? " operation" : " operations")
          .append(
              index == 0
                  ? ": the smallest step, which proves the facade and the diff"
                  : "; without recorded traffic, smaller slices move first");
    }
    return why.toString();
  }
}
