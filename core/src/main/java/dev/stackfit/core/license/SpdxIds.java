package dev.stackfit.core.license;

import dev.stackfit.core.license.LicenseExpression.And;
import dev.stackfit.core.license.LicenseExpression.License;
import dev.stackfit.core.license.LicenseExpression.Or;
import dev.stackfit.core.license.LicenseExpression.With;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The SPDX license and exception ids stackfit recognises: the open-source licenses backend
 * frameworks and their ecosystems use (a subset of the SPDX License List, spdx.org/licenses).
 * {@code LicenseRef-} and {@code DocumentRef-} ids are always accepted.
 */
public final class SpdxIds {
  private static final Set<String> LICENSES =
      lower(
          "0BSD",
          "AFL-3.0",
          "AGPL-3.0-only",
          "AGPL-3.0-or-later",
          "Apache-1.1",
          "Apache-2.0",
          "Artistic-2.0",
          "BlueOak-1.0.0",
          "BSD-1-Clause",
          "BSD-2-Clause",
          "BSD-3-Clause",
          "BSL-1.0",
          "CC0-1.0",
          "CC-BY-4.0",
          "CDDL-1.0",
          "CDDL-1.1",
          "EPL-1.0",
          "EPL-2.0",
          "EUPL-1.2",
          "GPL-2.0-only",
          "GPL-2.0-or-later",
          "GPL-3.0-only",
          "GPL-3.0-or-later",
          "ISC",
          "LGPL-2.1-only",
          "LGPL-2.1-or-later",
          "LGPL-3.0-only",
          "LGPL-3.0-or-later",
          "MIT",
          "MIT-0",
          "MPL-1.1",
          "MPL-2.0",
          "MS-PL",
          "NCSA",
          "OpenSSL",
          "PHP-3.0",
          "PHP-3.01",
          "PostgreSQL",
          "PSF-2.0",
          "Python-2.0",
          "Ruby",
          "Unicode-3.0",
          "Unicode-DFS-2016",
          "Unlicense",
          "UPL-1.0",
          "W3C",
          "WTFPL",
          "X11",
          "Zlib");
  private static final Set<String> EXCEPTIONS =
      lower(
          "Classpath-exception-2.0",
          "GCC-exception-3.1",
          "LLVM-exception",
          "OpenJDK-assembly-exception-1.0",
          "Universal-FOSS-exception-1.0");

  private SpdxIds() {}

  /** Ids in {@code expression} that are neither known nor {@code LicenseRef-}, in order. */
  public static List<String> unknownIds(LicenseExpression expression) {
    List<String> unknown = new ArrayList<>();
    collect(expression, unknown);
    return unknown;
  }

  private static void collect(LicenseExpression expression, List<String> unknown) {
    switch (expression) {
      case License license -> {
        if (!isKnownLicense(license.id())) {
          unknown.add(license.id());
        }
      }
      case With with -> {
        collect(with.license(), unknown);
        if (!EXCEPTIONS.contains(with.exception().toLowerCase(Locale.ROOT))) {
          unknown.add(with.exception());
        }
      }
      case And and -> {
        collect(and.left(), unknown);
        collect(and.right(), unknown);
      }
      case Or or -> {
        collect(or.left(), unknown);
        collect(or.right(), unknown);
      }
    }
  }

  /** True for a listed id (any case) and for {@code LicenseRef-}/{@code DocumentRef-} ids. */
  public static boolean isKnownLicense(String id) {
    String lower = id.toLowerCase(Locale.ROOT);
    return LICENSES.contains(lower)
        || lower.startsWith("licenseref-")
        || lower.startsWith("documentref-");
  }

  private static Set<String> lower(String... ids) {
    return Arrays.stream(ids)
        .map(id -> id.toLowerCase(Locale.ROOT))
        .collect(Collectors.toUnmodifiableSet());
  }
}
