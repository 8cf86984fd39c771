package dev.stackfit.lab.run;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * A candidate's preparation phase (installing, building, migrating), run once before any start and
 * timed apart from start-up.
 *
 * @param command the argv that ran; empty when the candidate has nothing to prepare
 * @param seconds how long it took, wall time
 * @param exitCode its exit code; -1 when it did not run or was stopped
 * @param log the file holding its output, or null when it did not run
 * @param failure what went wrong, or null
 * @param versions what the candidate's versions command printed, or null when it has none
 */
public record Preparation(
    List<String> command, double seconds, int exitCode, Path log, String failure, String versions) {

  public static final Preparation NONE = new Preparation(List.of(), 0, -1, null, null, null);

  public Preparation {
    command = List.copyOf(command);
  }

  public boolean ran() {
    return !command.isEmpty();
  }

  public Optional<String> failed() {
    return Optional.ofNullable(failure);
  }
}
