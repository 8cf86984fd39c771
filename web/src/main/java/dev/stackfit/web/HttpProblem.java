package dev.stackfit.web;

import dev.stackfit.core.Problem;
import java.util.List;

/**
 * A request the app refuses, with the RFC 9457 problem fields it is reported with.
 *
 * @see ErrorMapper
 */
final class HttpProblem extends RuntimeException {
  private final int status;
  private final String type;
  private final String title;
  private final List<Problem> problems;

  HttpProblem(int status, String type, String title, String detail, List<Problem> problems) {
    super(detail);
    this.status = status;
    this.type = type;
    this.title = title;
    this.problems = List.copyOf(problems);
  }

  HttpProblem(int status, String type, String title, String detail) {
    this(status, type, title, detail, List.of());
  }

  static HttpProblem notFound(String what) {
    return new HttpProblem(404, "not-found", "Not found", what + " does not exist");
  }

  int status() {
    return status;
  }

  String type() {
    return type;
  }

  String title() {
    return title;
  }

  List<Problem> problems() {
    return problems;
  }
}
