package dev.stackfit.catalog.refresh;

import dev.stackfit.catalog.refresh.GitLog.Commit;
import dev.stackfit.core.catalog.ActivityWindow;
import dev.stackfit.core.catalog.TaggedRelease;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Computes {@link ActivityWindow}s from a repository's commits and tagged releases: one ending at
 * each year end since the first commit, and one ending at the snapshot's newest commit.
 *
 * <p>People are told apart by the author's name and address after .mailmap; two identities that
 * share an address or a name count as one person, because people commit from several machines
 * without a .mailmap entry.
 */
final class ActivityFigures {
  private final List<Commit> commits;
  private final List<TaggedRelease> releases;
  private final Map<Commit, String> person = new HashMap<>();

  ActivityFigures(List<Commit> commits, List<TaggedRelease> releases) {
    this.commits = commits.stream().sorted(Comparator.comparing(Commit::date).reversed()).toList();
    this.releases = releases;
    identify();
  }

  /** The windows ending at each year end from the first commit on, and at {@code snapshot}. */
  List<ActivityWindow> windows(LocalDate snapshot) {
    LocalDate first = commits.get(commits.size() - 1).date();
    List<ActivityWindow> windows = new ArrayList<>();
    for (int year = first.getYear(); year < snapshot.getYear(); year++) {
      windows.add(window(LocalDate.of(year, 12, 31)));
    }
    windows.add(window(snapshot));
    return windows;
  }

  /** The window of the 12 months up to {@code end}. */
  ActivityWindow window(LocalDate end) {
    LocalDate start = end.minusMonths(ActivityWindow.MONTHS);
    Map<String, Integer> byPerson = new HashMap<>();
    int bots = 0;
    String newest = null;
    for (Commit c : commits) {
      if (c.date().isAfter(end)) {
        continue;
      }
      newest = newest == null ? c.id() : newest;
      if (!c.date().isAfter(start) || c.merge()) {
        continue;
      }
      if (BotAuthors.isBot(c.author(), c.email())) {
        bots++;
      } else {
        byPerson.merge(person.get(c), 1, Integer::sum);
      }
    }
    int humanCommits = byPerson.values().stream().mapToInt(Integer::intValue).sum();
    List<TaggedRelease> inWindow =
        releases.stream().filter(r -> r.date().isAfter(start) && !r.date().isAfter(end)).toList();
    TaggedRelease last = lastRelease(end);
    return new ActivityWindow(
        end,
        newest,
        humanCommits,
        byPerson.size(),
        bots,
        absenceFactor(byPerson),
        (int) inWindow.stream().filter(r -> !r.preRelease()).count(),
        (int) inWindow.stream().filter(TaggedRelease::preRelease).count(),
        last == null ? null : last.version(),
        last == null ? null : last.date());
  }

  /** Bot commits across the whole history (non-merge), for the progress report. */
  int botCommits() {
    return (int)
        commits.stream().filter(c -> !c.merge() && BotAuthors.isBot(c.author(), c.email())).count();
  }

  private TaggedRelease lastRelease(LocalDate end) {
    return releases.stream()
        .filter(r -> !r.preRelease() && !r.date().isAfter(end))
        .max(
            Comparator.comparing(TaggedRelease::date)
                .thenComparing(TaggedRelease::version, VERSIONS))
        .orElse(null);
  }

  /** CHAOSS contributor absence factor: the fewest people making half of the commits. */
  static Integer absenceFactor(Map<String, Integer> byPerson) {
    List<Integer> counts = byPerson.values().stream().sorted(Comparator.reverseOrder()).toList();
    long total = counts.stream().mapToLong(Integer::longValue).sum();
    if (total == 0) {
      return null;
    }
    long sum = 0;
    for (int i = 0; i < counts.size(); i++) {
      sum += counts.get(i);
      if (sum * 2 >= total) {
        return i + 1;
      }
    }
    return counts.size();
  }

  /** Joins identities that share a normalised address or name (union-find over both keys). */
  private void identify() {
    Map<String, String> parent = new HashMap<>();
    for (Commit c : commits) {
      String email = "e:" + c.email().strip().toLowerCase(Locale.ROOT);
      String name = "n:" + c.author().strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
      union(parent, email.length() > 2 ? email : name, name.length() > 2 ? name : email);
    }
    for (Commit c : commits) {
      String email = "e:" + c.email().strip().toLowerCase(Locale.ROOT);
      String name = "n:" + c.author().strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
      person.put(c, find(parent, email.length() > 2 ? email : name));
    }
  }

  private static void union(Map<String, String> parent, String a, String b) {
    String ra = find(parent, a);
    String rb = find(parent, b);
    if (!ra.equals(rb)) {
      parent.put(ra, rb);
    }
  }

  private static String find(Map<String, String> parent, String key) {
    String root = key;
    while (parent.containsKey(root) && !parent.get(root).equals(root)) {
      root = parent.get(root);
    }
    // Path compression keeps chains short on large histories.
    String node = key;
    while (!node.equals(root)) {
      String next = parent.get(node);
      parent.put(node, root);
      node = next;
    }
    return root;
  }

  /** Numeric-aware version order: 8.1.10 after 8.1.9. */
  static final Comparator<String> VERSIONS =
      (a, b) -> {
        String[] x = a.split("[^0-9]+");
        String[] y = b.split("[^0-9]+");
        for (int i = 0; i < Math.min(x.length, y.length); i++) {
          if (x[i].isEmpty() || y[i].isEmpty()) {
            continue;
          }
          int c = new java.math.BigInteger(x[i]).compareTo(new java.math.BigInteger(y[i]));
          if (c != 0) {
            return c;
          }
        }
        return Integer.compare(x.length, y.length) != 0
            ? Integer.compare(x.length, y.length)
            : a.compareTo(b);
      };
}
