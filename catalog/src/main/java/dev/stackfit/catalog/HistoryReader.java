package dev.stackfit.catalog;

import dev.stackfit.catalog.FileChecks.DateRole;
import dev.stackfit.core.catalog.ActivityWindow;
import dev.stackfit.core.catalog.GitFacts;
import dev.stackfit.core.catalog.RepositoryHistory;
import dev.stackfit.core.catalog.TaggedRelease;
import dev.stackfit.formats.document.MappingReader;
import dev.stackfit.formats.document.ValueReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads the git sections of catalog files: the curated {@code git} section of a framework file
 * (release-tag patterns, why figures are missing) and the imported {@code history} section.
 */
final class HistoryReader {
  private static final Pattern COMMIT = Pattern.compile("[0-9a-f]{40}");
  private static final int MAX_COUNT = 100_000_000;

  private final FactReader facts;

  HistoryReader(FactReader facts) {
    this.facts = facts;
  }

  /** The curated {@code git} section of a framework file. */
  GitFacts git(MappingReader git) {
    List<String> patterns = git.list("releaseTags", HistoryReader::tagPattern);
    Optional<String> unavailable = git.optional("unavailable").flatMap(ValueReader::asString);
    git.rejectUnknownKeys();
    return new GitFacts(patterns, unavailable, Optional.empty());
  }

  private static Optional<String> tagPattern(ValueReader value) {
    Optional<String> pattern = value.asString();
    if (pattern.isPresent() && pattern.get().chars().filter(c -> c == '*').count() != 1) {
      value.report(
          "\"" + pattern.get() + "\" needs exactly one * standing for the version, as in \"v*\"");
      return Optional.empty();
    }
    return pattern;
  }

  /** The imported {@code history} section. */
  Optional<RepositoryHistory> history(MappingReader h) {
    Optional<String> source = facts.source(h);
    Optional<String> commit = h.required("commit").flatMap(HistoryReader::commit);
    Optional<LocalDate> asOf = facts.date(h, "asOf", DateRole.AS_OF, true);
    Optional<LocalDate> first = facts.date(h, "firstRelease", DateRole.PAST, false);
    String note = h.string("note", "");
    List<ActivityWindow> activity = h.list("activity", v -> v.asMapping().flatMap(this::window));
    List<TaggedRelease> releases = h.list("releases", v -> v.asMapping().flatMap(this::tagged));
    h.rejectUnknownKeys();
    if (source.isEmpty() || commit.isEmpty() || asOf.isEmpty()) {
      return Optional.empty();
    }
    for (ActivityWindow window : activity) {
      if (window.asOf().isAfter(asOf.get())) {
        h.required("activity")
            .ifPresent(
                v ->
                    v.report(
                        "window ending "
                            + window.asOf()
                            + " lies after the snapshot's date "
                            + asOf.get()));
        return Optional.empty();
      }
    }
    return Optional.of(
        new RepositoryHistory(
            source.get(), commit.get(), asOf.get(), activity, releases, first, note));
  }

  private Optional<ActivityWindow> window(MappingReader w) {
    Optional<LocalDate> asOf = facts.date(w, "asOf", DateRole.PAST, true);
    Optional<String> commit = w.required("commit").flatMap(HistoryReader::commit);
    int commits = w.integer("commits", 0, MAX_COUNT, 0);
    int authors = w.integer("authors", 0, MAX_COUNT, 0);
    int bots = w.integer("botCommits", 0, MAX_COUNT, 0);
    Integer absence = w.optional("absenceFactor").flatMap(v -> v.asInt(1, MAX_COUNT)).orElse(null);
    int releases = w.integer("releases", 0, MAX_COUNT, 0);
    int preReleases = w.integer("preReleases", 0, MAX_COUNT, 0);
    Optional<String> last = w.optional("lastRelease").flatMap(ValueReader::asString);
    Optional<LocalDate> lastDate = facts.date(w, "lastReleaseDate", DateRole.PAST, false);
    w.rejectUnknownKeys();
    if (asOf.isEmpty() || commit.isEmpty()) {
      return Optional.empty();
    }
    List<String> wrong = new ArrayList<>();
    if (last.isPresent() != lastDate.isPresent()) {
      wrong.add("lastRelease and lastReleaseDate go together");
    }
    if (lastDate.isPresent() && lastDate.get().isAfter(asOf.get())) {
      wrong.add("lastReleaseDate " + lastDate.get() + " is after the window's end " + asOf.get());
    }
    if (absence != null && absence > authors) {
      wrong.add("absenceFactor " + absence + " exceeds authors " + authors);
    }
    if (!wrong.isEmpty()) {
      wrong.forEach(message -> w.problems().add(w.node(), w.path(), message));
      return Optional.empty();
    }
    return Optional.of(
        new ActivityWindow(
            asOf.get(),
            commit.get(),
            commits,
            authors,
            bots,
            absence,
            releases,
            preReleases,
            last.orElse(null),
            lastDate.orElse(null)));
  }

  private Optional<TaggedRelease> tagged(MappingReader r) {
    Optional<String> version = r.required("version").flatMap(ValueReader::asString);
    Optional<LocalDate> date = facts.date(r, "date", DateRole.PAST, true);
    boolean pre = r.bool("preRelease", false);
    r.rejectUnknownKeys();
    if (version.isEmpty() || date.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new TaggedRelease(version.get(), date.get(), pre));
  }

  private static Optional<String> commit(ValueReader value) {
    Optional<String> id = value.asString();
    if (id.isPresent() && !COMMIT.matcher(id.get()).matches()) {
      value.report("\"" + id.get() + "\" is not a full commit id (40 hexadecimal digits)");
      return Optional.empty();
    }
    return id;
  }
}
