package dev.stackfit.formats.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stackfit.core.Identified;
import dev.stackfit.core.catalog.ActivityWindow;
import dev.stackfit.core.catalog.Fact;
import dev.stackfit.core.catalog.Feature;
import dev.stackfit.core.catalog.FeatureSupport;
import dev.stackfit.core.catalog.Framework;
import dev.stackfit.core.catalog.Health;
import dev.stackfit.core.catalog.Language;
import dev.stackfit.core.catalog.Release;
import dev.stackfit.core.catalog.RepositoryHistory;
import dev.stackfit.core.catalog.RequestModel;
import dev.stackfit.core.catalog.Source;
import dev.stackfit.core.catalog.Support;
import dev.stackfit.core.catalog.TaggedRelease;
import java.util.List;
import java.util.Map;

/**
 * Catalog entries as JSON ({@code catalog list} and {@code catalog show ID --format json}); the web
 * API answers the same documents at {@code /api/v1/frameworks} and {@code /api/v1/frameworks/{id}}
 * (docs/contracts/api.md).
 */
public final class FrameworkJson {
  private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);

  private FrameworkJson() {}

  /** The short form used by {@code catalog list}. */
  public static ObjectNode summary(Framework f) {
    ObjectNode node = NODES.objectNode();
    node.put("id", f.id());
    node.put("name", f.name());
    node.put("language", f.language().id());
    ArrayNode languages = node.putArray("languages");
    f.languages().value().forEach(l -> languages.add(l.id()));
    node.put("runtime", f.runtime().value().id());
    node.put("requestModel", f.requestModel().value().id());
    node.put("structure", f.structure().value().id());
    node.put("philosophy", f.philosophy().value().id());
    node.put("license", f.license().value());
    return node;
  }

  /** Every fact with its evidence. */
  public static ObjectNode full(Framework f) {
    ObjectNode node = summary(f);
    node.put("homepage", f.homepage());
    node.put("repository", f.repository());
    node.put("firstRelease", f.firstRelease().value());
    ArrayNode also = node.putArray("alsoSupports");
    f.alsoSupports().stream().map(RequestModel::id).forEach(also::add);
    node.put("learningCurve", f.learningCurve().value().id());
    node.put("learningNotes", f.learningNotes());
    node.put("governance", f.governance().value().id());
    ObjectNode version = node.putObject("version");
    version.put("major", f.version().value().major());
    version.put("released", text(f.version().value().released()));
    version.put("latest", f.version().value().latest());
    version.put("latestDate", text(f.version().value().latestDate()));
    version.put("preOne", f.version().value().preOne());
    ArrayNode features = node.putArray("features");
    for (Map.Entry<Feature, Fact<FeatureSupport>> e : f.features().entrySet()) {
      if (e.getValue().value().level() != Support.NONE) {
        features.add(e.getKey().id());
      }
    }
    ObjectNode support = node.putObject("featureSupport");
    f.features().forEach((feature, fact) -> support.set(feature.id(), feature(fact)));
    ArrayNode bestFor = node.putArray("bestFor");
    f.bestFor().value().forEach(bestFor::add);
    f.supportPolicy().ifPresent(p -> node.put("supportPolicy", p.value()));
    ArrayNode releases = node.putArray("releases");
    f.releases().ifPresent(r -> r.value().forEach(line -> releases.add(release(line))));
    f.health().ifPresent(h -> node.set("health", health(h)));
    node.set("git", git(f));
    f.performance()
        .ifPresent(
            p -> {
              ObjectNode perf = node.putObject("performance");
              perf.put("variant", p.value().variant());
              perf.put("jsonRps", p.value().jsonRps());
              perf.put("fortunesRps", p.value().fortunesRps());
              perf.put("hardwareThreads", p.value().hardwareThreads());
              perf.put("source", p.source());
              perf.put("asOf", p.asOf().toString());
              perf.put("verified", p.verified());
              perf.put(
                  "label",
                  "peak-tuned lab figures (TechEmpower), not what an application will see");
            });
    node.set("facts", facts(f));
    ArrayNode sources = node.putArray("sources");
    for (Source s : f.sources().values()) {
      ObjectNode source =
          sources
              .addObject()
              .put("id", s.id())
              .put("title", s.title())
              .put("url", s.hasUrl() ? s.url() : null)
              .put("accessed", s.accessed().toString());
      s.published().ifPresent(d -> source.put("published", d.toString()));
    }
    return node;
  }

  private static ObjectNode facts(Framework f) {
    ObjectNode facts = NODES.objectNode();
    facts.set(
        "languages",
        fact(
            f.languages(),
            String.join(", ", f.languages().value().stream().map(Language::id).toList()),
            ""));
    facts.set("runtime", fact(f.runtime(), f.runtime().value().id(), ""));
    facts.set("license", fact(f.license(), f.license().value(), ""));
    facts.set("firstRelease", fact(f.firstRelease(), String.valueOf(f.firstRelease().value()), ""));
    facts.set("version", fact(f.version(), f.version().value().latest(), ""));
    facts.set("requestModel", fact(f.requestModel(), f.requestModel().value().id(), ""));
    facts.set("structure", fact(f.structure(), f.structure().value().id(), ""));
    facts.set("philosophy", fact(f.philosophy(), f.philosophy().value().id(), ""));
    facts.set("learningCurve", fact(f.learningCurve(), f.learningCurve().value().id(), ""));
    facts.set("governance", fact(f.governance(), f.governance().value().id(), ""));
    facts.set("bestFor", fact(f.bestFor(), String.join("; ", f.bestFor().value()), ""));
    return facts;
  }

  private static ObjectNode fact(Fact<?> fact, String value, String provider) {
    ObjectNode node = NODES.objectNode();
    node.put("value", value);
    evidence(node, fact, provider);
    fact.since().ifPresent(d -> node.put("since", d.toString()));
    fact.before().ifPresent(b -> node.set("before", fact(b, valueText(b.value()), "")));
    return node;
  }

  /** A value as the catalog writes it: an id for catalog vocabulary, else its text. */
  public static String valueText(Object value) {
    return value instanceof Identified identified ? identified.id() : String.valueOf(value);
  }

  /** A feature's support: its level (also as {@code value}, like every other fact) and evidence. */
  private static ObjectNode feature(Fact<FeatureSupport> fact) {
    ObjectNode node = NODES.objectNode();
    String level = fact.value().level().id();
    node.put("level", level);
    node.put("value", level);
    fact.since().ifPresent(d -> node.put("since", d.toString()));
    evidence(node, fact, fact.value().provider());
    fact.before().ifPresent(b -> node.set("before", feature(b)));
    return node;
  }

  private static ObjectNode evidence(ObjectNode node, Fact<?> fact, String provider) {
    if (!provider.isEmpty()) {
      node.put("provider", provider);
    }
    node.put("source", fact.source());
    node.put("asOf", fact.asOf().toString());
    node.put("verified", fact.verified());
    if (!fact.note().isEmpty()) {
      node.put("note", fact.note());
    }
    return node;
  }

  private static ObjectNode release(Release r) {
    ObjectNode node = NODES.objectNode();
    node.put("line", r.line());
    node.put("released", r.released().toString());
    node.put("activeSupportEnd", text(r.activeSupportEnd()));
    node.put("eol", text(r.eol()));
    node.put("lts", r.lts());
    return node;
  }

  private static ObjectNode health(Health h) {
    ObjectNode node = NODES.objectNode();
    node.put("asOf", h.asOf().toString());
    node.put("source", h.source());
    node.put("stars", h.stars());
    node.put("contributors", h.contributors());
    node.put("releasesPerYear", h.releasesPerYear());
    node.put("medianFirstResponseDays", h.medianFirstResponseDays());
    node.put("changeRequestClosureRatio", h.changeRequestClosureRatio());
    node.put("contributorAbsenceFactor", h.contributorAbsenceFactor());
    node.put("scorecard", h.scorecard());
    node.put("archived", h.archived());
    return node;
  }

  /** Release-tag patterns, why figures are missing, and the figures from the git history. */
  private static ObjectNode git(Framework f) {
    ObjectNode node = NODES.objectNode();
    ArrayNode tags = node.putArray("releaseTags");
    f.git().releaseTags().forEach(tags::add);
    node.put("unavailable", f.git().unavailable().orElse(null));
    f.history().ifPresent(h -> node.set("history", history(h)));
    return node;
  }

  private static ObjectNode history(RepositoryHistory h) {
    ObjectNode node = NODES.objectNode();
    node.put("source", h.source());
    node.put("commit", h.commit());
    node.put("asOf", h.asOf().toString());
    node.put("firstReleaseDate", text(h.firstReleaseDate().orElse(null)));
    node.put("note", h.note());
    ArrayNode activity = node.putArray("activity");
    for (ActivityWindow w : h.activity()) {
      ObjectNode window = activity.addObject();
      window.put("asOf", w.asOf().toString());
      window.put("commit", w.commit());
      window.put("commits", w.commits());
      window.put("authors", w.authors());
      window.put("botCommits", w.botCommits());
      window.put("contributorAbsenceFactor", w.contributorAbsenceFactor());
      window.put("releases", w.releases());
      window.put("preReleases", w.preReleases());
      window.put("lastRelease", w.lastRelease());
      window.put("lastReleaseDate", text(w.lastReleaseDate()));
      window.put("daysSinceLastRelease", w.daysSinceLastRelease().orElse(null));
    }
    ArrayNode releases = node.putArray("releases");
    for (TaggedRelease r : h.releases()) {
      releases
          .addObject()
          .put("version", r.version())
          .put("date", r.date().toString())
          .put("preRelease", r.preRelease());
    }
    return node;
  }

  private static String text(Object value) {
    return value == null ? null : value.toString();
  }

  /** A JSON array of catalog summaries. */
  public static ArrayNode list(List<Framework> frameworks) {
    ArrayNode array = NODES.arrayNode();
    frameworks.forEach(f -> array.add(summary(f)));
    return array;
  }
}
