package dev.stackfit.core.catalog;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Where a catalog fact comes from.
 *
 * @param id short key that facts refer to, unique within one framework file
 * @param title what the source is ("Django FAQ: general", "git tags of django/django")
 * @param url where to check it (an http or https address); empty for a document that has no
 *     address, which the title then names
 * @param accessed when the source was read
 * @param published the day the source first said what the catalog cites from it, when the catalog
 *     knows it (a policy file's first commit); an evaluation as of an earlier day does not count
 *     what the catalog takes from it (docs/engine.md, "Time travel")
 */
public record Source(
    String id, String title, String url, LocalDate accessed, Optional<LocalDate> published) {
  public Source {
    if (id == null
        || id.isBlank()
        || title == null
        || url == null
        || accessed == null
        || published == null) {
      throw new IllegalArgumentException("a source needs an id, a title, a url and an access date");
    }
  }

  /** A source whose first publication the catalog does not date. */
  public Source(String id, String title, String url, LocalDate accessed) {
    this(id, title, url, accessed, Optional.empty());
  }

  /** True unless the source is dated as first published after {@code day}. */
  public boolean publishedBy(LocalDate day) {
    return published.map(p -> !p.isAfter(day)).orElse(true);
  }

  /** True when the source has an address a reader can open. */
  public boolean hasUrl() {
    return !url.isEmpty();
  }
}
