package dev.stackfit.formats.report;

import dev.stackfit.core.catalog.ActivityWindow;
import dev.stackfit.core.catalog.Framework;
import dev.stackfit.core.catalog.RepositoryHistory;
import dev.stackfit.core.catalog.TaggedRelease;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A framework's figures from its git history as labelled rows, for the terminal, the web page and
 * the comparison table: the newest 12-month window, its date and commit, and the release history.
 */
public final class HistoryRows {
  /** What to show when the catalog has no git figures and gives no reason. */
  public static final String NOT_RECORDED =
      "not recorded yet: `stackfit catalog refresh --source git --repo PATH|URL --framework ID`"
          + " reads them from the framework's repository";

  private HistoryRows() {}

  /** Where the figures come from ("rails/rails at 2a2db1e8d6d1, newest commit 2026-08-22"). */
  public static String snapshot(Framework framework, RepositoryHistory h) {
    return framework.repository()
        + " at "
        + h.commit().substring(0, 12)
        + ", newest commit "
        + h.asOf();
  }

  /** Why there are no figures: the catalog's reason, or how to get them. */
  public static String missing(Framework framework) {
    return framework.git().unavailable().orElse(NOT_RECORDED);
  }

  /** The figures of one 12-month window, each with a label a reader understands. */
  public static List<Map.Entry<String, String>> of(ActivityWindow w) {
    List<Map.Entry<String, String>> rows = new ArrayList<>();
    String window = " (12 months to " + w.asOf() + ")";
    rows.add(
        Map.entry(
            "Commits by people" + window,
            String.format(Locale.ROOT, "%,d", w.commits())
                + (w.botCommits() > 0
                    ? String.format(Locale.ROOT, " (%,d by bots left out)", w.botCommits())
                    : "")));
    rows.add(Map.entry("People committing", String.format(Locale.ROOT, "%,d", w.authors())));
    if (w.contributorAbsenceFactor() != null) {
      rows.add(
          Map.entry(
              "Fewest people making half the commits",
              String.valueOf(w.contributorAbsenceFactor())));
    }
    rows.add(
        Map.entry(
            "Releases" + window,
            w.releases()
                + (w.preReleases() > 0 ? " (+" + w.preReleases() + " pre-releases)" : "")));
    rows.add(Map.entry("Last release", lastRelease(w)));
    return rows;
  }

  /** "8.1.3.1 on 2026-07-29, 24 days before 2026-08-22", or "none tagged yet". */
  public static String lastRelease(ActivityWindow w) {
    if (w.lastRelease() == null) {
      return "none tagged yet";
    }
    return w.lastRelease()
        + " on "
        + w.lastReleaseDate()
        + ", "
        + w.daysSinceLastRelease().orElseThrow()
        + (w.daysSinceLastRelease().orElseThrow() == 1 ? " day before " : " days before ")
        + w.asOf();
  }

  /**
   * One line per window: "2025-12-31 1,571 commits, 385 people, absence factor 15, 12 releases".
   */
  public static String line(ActivityWindow w) {
    return String.format(
        Locale.ROOT,
        "%s  %,d commits, %s, absence factor %s, %d releases%s",
        w.asOf(),
        w.commits(),
        people(w.authors()),
        w.contributorAbsenceFactor() == null ? "-" : w.contributorAbsenceFactor(),
        w.releases(),
        w.preReleases() > 0 ? " (+" + w.preReleases() + " pre)" : "");
  }

  /** "1 person", "381 people". */
  public static String people(int n) {
    return String.format(Locale.ROOT, "%,d %s", n, n == 1 ? "person" : "people");
  }

  /**
   * The release history in a sentence: "552 tagged releases from 0.10.0 (2008-04-10) to 8.1.3.1
   * (2026-07-29), 124 of them pre-releases; first release 2010-01-03 (from the tags)".
   */
  public static String releases(RepositoryHistory h) {
    List<TaggedRelease> all = h.releases();
    if (all.isEmpty()) {
      return "no tag matches the release-tag patterns";
    }
    long pre = all.stream().filter(TaggedRelease::preRelease).count();
    TaggedRelease first = all.get(0);
    TaggedRelease last = all.get(all.size() - 1);
    String text =
        String.format(
            Locale.ROOT,
            "%,d tagged releases from %s (%s) to %s (%s), %,d of them pre-releases",
            all.size(),
            first.version(),
            first.date(),
            last.version(),
            last.date(),
            pre);
    Optional<String> firstRelease =
        h.firstReleaseDate().map(d -> "; first release " + d + " (from the tags)");
    return text + firstRelease.orElse("");
  }
}
