package dev.stackfit.core.catalog;

import java.time.LocalDate;

/**
 * One release as a tag of the framework's repository dates it.
 *
 * @param version the version the tag names, without the tag's prefix ("5.2.1", "6.0.0-alpha.2")
 * @param date the tag's date: the tagger date of an annotated tag, else the tagged commit's date
 * @param preRelease true for alphas, betas, release candidates, milestones and the like
 */
public record TaggedRelease(String version, LocalDate date, boolean preRelease) {
  public TaggedRelease {
    if (version == null || version.isBlank() || date == null) {
      throw new IllegalArgumentException("a tagged release needs a version and a date");
    }
  }
}
