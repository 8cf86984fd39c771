package dev.stackfit.core.catalog;

import java.time.LocalDate;

/**
 * Where a catalog fact comes from.
 *
 * @param id short key that facts refer to, unique within one framework file
 * @param title what the source is ("Django FAQ: general", "git tags of django/django")
 * @param url where to check it (an http or https address); empty for a document that has no
 *     address, which the title then names
 * @param accessed when the source was read
 */
public record Source(String id, String title, String url, LocalDate accessed) {
  public Source {
    if (id == null || id.isBlank() || title == null || url == null || accessed == null) {
      throw new IllegalArgumentException("a source needs an id, a title, a url and an access date");
    }
  }

  /** True when the source has an address a reader can open. */
  public boolean hasUrl() {
    return !url.isEmpty();
  }
}
