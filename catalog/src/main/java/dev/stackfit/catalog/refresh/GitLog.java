package dev.stackfit.catalog.refresh;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * What the refresh reads from a repository with the git command line: the default branch's commits
 * (author after .mailmap) and every tag with its date.
 */
final class GitLog {
  /** One commit of the default branch; {@code date} is the committer's local date. */
  record Commit(String id, LocalDate date, boolean merge, String author, String email) {}

  /** One tag; {@code date} is the tagger's date, or the tagged commit's for a lightweight tag. */
  record Tag(String name, LocalDate date) {}

  private static final String FIELD = "\u001f";
  private static final String RECORD = "\u001e";

  private GitLog() {}

  /** The commits reachable from HEAD, newest first as git lists them. */
  static List<Commit> commits(GitRepository repository) {
    // %aN and %aE apply .mailmap; %P lists the parents (two or more: a merge).
    String out = repository.run("log", "HEAD", "--format=%H%x1f%P%x1f%cI%x1f%aN%x1f%aE%x1e");
    List<Commit> commits = new ArrayList<>();
    for (String entry : out.split(RECORD)) {
      // Not strip(): the field separator counts as whitespace and an address may be empty.
      String line = entry.replaceFirst("^\n+", "");
      if (line.isEmpty()) {
        continue;
      }
      String[] f = line.split(FIELD, -1);
      if (f.length != 5) {
        throw unreadable("git log", line);
      }
      commits.add(new Commit(f[0], date(f[2], line), f[1].contains(" "), f[3], f[4]));
    }
    if (commits.isEmpty()) {
      throw new SourceUnavailableException(RefreshSource.GIT, "the repository has no commits");
    }
    return commits;
  }

  /** Every tag under refs/tags. */
  static List<Tag> tags(GitRepository repository) {
    String out =
        repository.run(
            "for-each-ref", "refs/tags", "--format=%(refname:strip=2)%1f%(creatordate:iso-strict)");
    List<Tag> tags = new ArrayList<>();
    for (String line : out.split("\n")) {
      if (line.isBlank()) {
        continue;
      }
      String[] f = line.split(FIELD, -1);
      if (f.length != 2 || f[1].isBlank()) {
        continue; // a tag of a tree or blob has no date; it is no release
      }
      tags.add(new Tag(f[0], date(f[1], line)));
    }
    return tags;
  }

  /**
   * The local date an ISO timestamp was written on; only its first ten characters are read, since
   * old commits carry offsets such as +518:00 that no time library accepts.
   */
  static LocalDate date(String text, String line) {
    String day = text.strip();
    try {
      return LocalDate.parse(day.length() >= 10 ? day.substring(0, 10) : day);
    } catch (DateTimeParseException e) {
      throw unreadable("a date", line);
    }
  }

  private static SourceUnavailableException unreadable(String what, String line) {
    String shown = line.length() > 120 ? line.substring(0, 120) + "..." : line;
    return new SourceUnavailableException(
        RefreshSource.GIT, "cannot read " + what + " output: " + shown.replace(FIELD, " | "));
  }
}
