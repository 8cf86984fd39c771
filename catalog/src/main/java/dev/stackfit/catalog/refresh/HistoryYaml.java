package dev.stackfit.catalog.refresh;

import dev.stackfit.core.catalog.ActivityWindow;
import dev.stackfit.core.catalog.RepositoryHistory;
import dev.stackfit.core.catalog.TaggedRelease;

/** Writes the {@code history} section of an imported file: one flow mapping per line. */
final class HistoryYaml {
  private HistoryYaml() {}

  static void write(StringBuilder out, RepositoryHistory h) {
    out.append("\nhistory:\n  source: ").append(h.source()).append('\n');
    out.append("  commit: ").append(ImportedYaml.quote(h.commit())).append('\n');
    out.append("  asOf: ").append(h.asOf()).append('\n');
    h.firstReleaseDate().ifPresent(d -> out.append("  firstRelease: ").append(d).append('\n'));
    if (!h.note().isEmpty()) {
      out.append("  note: ").append(ImportedYaml.quote(h.note())).append('\n');
    }
    out.append("  activity:").append(h.activity().isEmpty() ? " []\n" : "\n");
    h.activity().forEach(w -> out.append("    - ").append(window(w)).append('\n'));
    out.append("  releases:").append(h.releases().isEmpty() ? " []\n" : "\n");
    h.releases().forEach(r -> out.append("    - ").append(release(r)).append('\n'));
  }

  static String window(ActivityWindow w) {
    StringBuilder s = new StringBuilder("{ asOf: ").append(w.asOf());
    s.append(", commit: ").append(ImportedYaml.quote(w.commit()));
    s.append(", commits: ").append(w.commits());
    s.append(", authors: ").append(w.authors());
    s.append(", botCommits: ").append(w.botCommits());
    if (w.contributorAbsenceFactor() != null) {
      s.append(", absenceFactor: ").append(w.contributorAbsenceFactor());
    }
    s.append(", releases: ").append(w.releases());
    s.append(", preReleases: ").append(w.preReleases());
    if (w.lastRelease() != null) {
      s.append(", lastRelease: ").append(ImportedYaml.quote(w.lastRelease()));
      s.append(", lastReleaseDate: ").append(w.lastReleaseDate());
    }
    return s.append(" }").toString();
  }

  static String release(TaggedRelease r) {
    return "{ version: "
        + ImportedYaml.quote(r.version())
        + ", date: "
        + r.date()
        + (r.preRelease() ? ", preRelease: true" : "")
        + " }";
  }
}
