package dev.stackfit.catalog.refresh;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The CHAOSS starter-health metrics computed from GitHub REST answers: time to first response,
 * change request closure ratio, contributor absence factor and release frequency.
 */
final class ChaossMetrics {
  private ChaossMetrics() {}

  /**
   * Median days from opening an issue or pull request to the first comment by someone other than
   * its author (bots excluded), over items opened since {@code since}; null when none was answered.
   */
  static Double medianFirstResponseDays(JsonNode items, JsonNode comments, Instant since) {
    Map<String, Instant> firstResponse = new HashMap<>();
    Map<String, String> authors = new HashMap<>();
    for (JsonNode item : items) {
      authors.put(item.path("url").asText(), item.path("user").path("login").asText());
    }
    for (JsonNode comment : comments) {
      String issue = comment.path("issue_url").asText();
      String login = comment.path("user").path("login").asText();
      boolean bot = "Bot".equals(comment.path("user").path("type").asText());
      Instant at = instant(comment.path("created_at"));
      if (bot || at == null || login.equals(authors.get(issue))) {
        continue;
      }
      firstResponse.merge(issue, at, (a, b) -> a.isBefore(b) ? a : b);
    }
    List<Double> days = new ArrayList<>();
    for (JsonNode item : items) {
      Instant opened = instant(item.path("created_at"));
      Instant answered = firstResponse.get(item.path("url").asText());
      if (opened != null && !opened.isBefore(since) && answered != null) {
        days.add(Duration.between(opened, answered).toMinutes() / 1440.0);
      }
    }
    return days.isEmpty() ? null : round(median(days));
  }

  /** Pull requests closed since {@code since} per pull request opened since then. */
  static Double changeRequestClosureRatio(JsonNode items, Instant since) {
    int opened = 0;
    int closed = 0;
    for (JsonNode item : items) {
      if (!item.has("pull_request")) {
        continue;
      }
      Instant created = instant(item.path("created_at"));
      Instant closedAt = instant(item.path("closed_at"));
      if (created != null && !created.isBefore(since)) {
        opened++;
      }
      if (closedAt != null && !closedAt.isBefore(since)) {
        closed++;
      }
    }
    return opened == 0 ? null : round((double) closed / opened);
  }

  /** The fewest contributors who made half of all commits; null without contributors. */
  static Integer contributorAbsenceFactor(JsonNode contributors) {
    List<Integer> counts = new ArrayList<>();
    contributors.forEach(c -> counts.add(c.path("contributions").asInt(0)));
    counts.sort((a, b) -> b - a);
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

  /** Published (not draft) releases, point releases included, in the year before {@code today}. */
  static double releasesPerYear(JsonNode releases, LocalDate today) {
    Instant since = today.minusYears(1).atStartOfDay().toInstant(ZoneOffset.UTC);
    int count = 0;
    for (JsonNode release : releases) {
      Instant published = instant(release.path("published_at"));
      if (!release.path("draft").asBoolean(false)
          && published != null
          && !published.isBefore(since)) {
        count++;
      }
    }
    return count;
  }

  static Instant instant(JsonNode node) {
    if (node.isMissingNode() || node.isNull()) {
      return null;
    }
    try {
      return Instant.parse(node.asText());
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private static double median(List<Double> values) {
    List<Double> sorted = values.stream().sorted().toList();
    int n = sorted.size();
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
  }

  private static double round(double value) {
    return Math.round(value * 100) / 100.0;
  }
}
