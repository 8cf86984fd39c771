package dev.stackfit.web;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.javalin.http.Context;
import java.util.Map;

/**
 * JTE templates compiled at build time (jte-maven-plugin): nothing is compiled at run time. Every
 * page template takes its {@code view} and the request's {@link PageFrame} as {@code frame}.
 */
public final class Templates {
  private final TemplateEngine engine =
      TemplateEngine.createPrecompiled(null, ContentType.Html, null, "dev.stackfit.web");

  /** Renders {@code template} ("team/session.jte") with {@code view} as the request's page. */
  public void page(Context ctx, String template, Object view) {
    ctx.html(render(template, view, PageFrame.of(ctx)));
  }

  String render(String template, Object view, PageFrame frame) {
    StringOutput output = new StringOutput();
    engine.render(template, Map.of("view", view, "frame", frame), output);
    return output.toString();
  }
}
