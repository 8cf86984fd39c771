package dev.stackfit.core.scoring;

import dev.stackfit.core.catalog.Language;
import dev.stackfit.core.catalog.Runtime;
import java.util.Locale;

/** Display names for ids in reasons ("java" reads as "Java"). */
final class Text {
  private Text() {}

  static String language(Language language) {
    return switch (language) {
      case JAVASCRIPT -> "JavaScript";
      case TYPESCRIPT -> "TypeScript";
      case PYTHON -> "Python";
      case RUBY -> "Ruby";
      case PHP -> "PHP";
      case JAVA -> "Java";
      case KOTLIN -> "Kotlin";
      case SCALA -> "Scala";
      case GROOVY -> "Groovy";
      case CSHARP -> "C#";
      case FSHARP -> "F#";
      case GO -> "Go";
      case RUST -> "Rust";
      case ELIXIR -> "Elixir";
    };
  }

  static String runtime(Runtime runtime) {
    return switch (runtime) {
      case NODE -> "Node.js";
      case CPYTHON -> "CPython";
      case RUBY -> "Ruby (CRuby)";
      case PHP -> "PHP";
      case JVM -> "the JVM";
      case DOTNET -> ".NET";
      case NATIVE -> "a native binary";
      case BEAM -> "the BEAM (Erlang VM)";
    };
  }

  /** A core count for reasons: "0.3", "12", "1,200". */
  static String cores(double value) {
    return value < 10
        ? String.format(Locale.ROOT, "%.1f", value)
        : String.format(Locale.ROOT, "%,.0f", value);
  }

  static String number(double value) {
    return String.format(Locale.ROOT, "%,.0f", value);
  }
}
