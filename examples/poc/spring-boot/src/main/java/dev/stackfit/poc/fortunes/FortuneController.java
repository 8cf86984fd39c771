package dev.stackfit.poc.fortunes;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** TechEmpower's Fortunes test: read all rows, add one, sort in the app, render escaped HTML. */
@Controller
class FortuneController {

  record Fortune(int id, String message) {}

  private final JdbcClient jdbc;

  FortuneController(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @GetMapping("/fortunes")
  String fortunes(Model model) {
    List<Fortune> rows =
        new ArrayList<>(jdbc.sql("SELECT id, message FROM fortune").query(Fortune.class).list());
    rows.add(new Fortune(0, "Additional fortune added at request time."));
    rows.sort(Comparator.comparing(Fortune::message));
    model.addAttribute("fortunes", rows);
    return "fortunes";
  }
}
