package dev.stackfit.web;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;

/** JTE templates compiled at build time (jte-maven-plugin): nothing is compiled at run time. */
final class Templates {
  private final TemplateEngine engine =
      TemplateEngine.createPrecompiled(null, ContentType.Html, null, "dev.stackfit.web");

  String render(String template, Object model) {
    StringOutput output = new StringOutput();
    engine.render(template, model, output);
    return output.toString();
  }
}
