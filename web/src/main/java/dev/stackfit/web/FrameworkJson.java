package dev.stackfit.web;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stackfit.core.catalog.Fact;
import dev.stackfit.core.catalog.Feature;
import dev.stackfit.core.catalog.FeatureSupport;
import dev.stackfit.core.catalog.Framework;
import dev.stackfit.core.catalog.Health;
import dev.stackfit.core.catalog.Language;
import dev.stackfit.core.catalog.Release;
import dev.stackfit.core.catalog.Source;
import dev.stackfit.core.catalog.Support;
import java.util.Map;

/** Catalog entries as the API's JSON (the fields of contract section 5's {@code catalog show}). */
final class FrameworkJson {
  private FrameworkJson() {}

  static ObjectNode summary(Framework f) {
    ObjectNode node = Json.object();
    node.put("id", f.id());
    node.put("name", f.name());
    node.put("language", f.language().id());
    node.put("runtime", f.runtime().value().id());
    node.put("requestModel", f.requestModel().value().id());
    node.put("structure", f.structure().value().id());
    node.put("philosophy", f.philosophy().value().id());
    return node;
  }

  static ObjectNode detail(Framework f) {
    ObjectNode node = summary(f);
    ArrayNode languages = node.putArray("languages");
    f.languages().value().stream().map(Language::id).forEach(languages::add);
    node.put("license", f.license().value());
    node.put("firstRelease", f.firstRelease().value());
    node.put("homepage", f.homepage());
    node.put("repository", f.repository());
    node.put("version", f.version().value().latest());
    ArrayNode also = node.putArray("alsoSupports");
    f.alsoSupports().forEach(m -> also.add(m.id()));
    node.put("learningCurve", f.learningCurve().value().id());
    node.put("governance", f.governance().value().id());
    ArrayNode features = node.putArray("features");
    ObjectNode support = node.putObject("featureSupport");
    for (Map.Entry<Feature, Fact<FeatureSupport>> e : f.features().entrySet()) {
      FeatureSupport value = e.getValue().value();
      if (value.level() != Support.NONE) {
        features.add(e.getKey().id());
      }
      ObjectNode item = support.putObject(e.getKey().id());
      item.put("level", value.level().id());
      item.put("provider", value.provider());
    }
    ArrayNode bestFor = node.putArray("bestFor");
    f.bestFor().value().forEach(bestFor::add);
    f.releases().ifPresent(r -> releases(node.putArray("releases"), r));
    f.health().ifPresent(h -> health(node.putObject("health"), h));
    ArrayNode sources = node.putArray("sources");
    for (Source s : f.sources().values()) {
      ObjectNode item = sources.addObject();
      item.put("id", s.id());
      item.put("title", s.title());
      item.put("url", s.url());
      item.put("accessed", s.accessed().toString());
    }
    return node;
  }

  private static void releases(ArrayNode array, Fact<java.util.List<Release>> releases) {
    for (Release r : releases.value()) {
      ObjectNode item = array.addObject();
      item.put("line", r.line());
      item.put("released", r.released().toString());
      item.put("eol", r.eol() == null ? null : r.eol().toString());
      item.put("lts", r.lts());
    }
  }

  private static void health(ObjectNode node, Health h) {
    node.put("asOf", h.asOf().toString());
    node.put("stars", h.stars());
    node.put("releasesPerYear", h.releasesPerYear());
    node.put("medianFirstResponseDays", h.medianFirstResponseDays());
    node.put("contributorAbsenceFactor", h.contributorAbsenceFactor());
    node.put("scorecard", h.scorecard());
  }
}
