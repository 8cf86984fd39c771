package dev.stackfit.lab.diff;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The report of {@code lab diff} as JSON ({@code "format": 1}; fields may be added, never renamed:
 * docs/migration.md).
 */
public final class DiffJson {
  public static final int FORMAT = 1;
  private static final ObjectMapper MAPPER =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private DiffJson() {}

  public static String write(DiffReport report) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("format", FORMAT);
    root.put("old", report.oldUrl().toString());
    root.put("new", report.newUrl().toString());
    root.put("noiseFrom", report.noiseFrom());
    ArrayNode headers = root.putArray("headers");
    report.headers().forEach(headers::add);
    root.put("requests", report.requests());
    root.put("differing", report.differing());
    root.put("same", report.same());
    ArrayNode endpoints = root.putArray("endpoints");
    for (DiffReport.Endpoint e : report.endpoints()) {
      ObjectNode node = endpoints.addObject();
      node.put("endpoint", e.endpoint());
      node.put("requests", e.requests());
      node.put("differing", e.differing());
      ArrayNode noise = node.putArray("noise");
      e.noise().forEach(noise::add);
      ArrayNode fields = node.putArray("differences");
      for (DiffReport.Field f : e.fields()) {
        ObjectNode field = fields.addObject();
        field.put("field", f.field());
        field.put("requests", f.requests());
        ArrayNode examples = field.putArray("examples");
        for (DiffReport.Example x : f.examples()) {
          examples
              .addObject()
              .put("request", x.request())
              .put("origin", x.origin())
              .put("field", x.field())
              .put("old", x.oldValue())
              .put("new", x.newValue());
        }
      }
    }
    try {
      return MAPPER.writeValueAsString(root) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("could not write JSON: " + e.getOriginalMessage(), e);
    }
  }
}
