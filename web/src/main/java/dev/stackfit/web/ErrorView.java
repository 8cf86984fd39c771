package dev.stackfit.web;

import dev.stackfit.core.Problem;
import java.util.List;

/** What the HTML error page shows. */
record ErrorView(int status, String title, String detail, List<Problem> problems) {}
