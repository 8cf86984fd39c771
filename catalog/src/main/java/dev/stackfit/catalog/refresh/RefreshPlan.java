package dev.stackfit.catalog.refresh;

import dev.stackfit.core.BadInputException;
import dev.stackfit.core.StackfitException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

/** Checks that a refresh's options fit together before anything is fetched. */
final class RefreshPlan {
  private RefreshPlan() {}

  /**
   * @throws StackfitException naming the option to change
   */
  static void check(RefreshOptions options) {
    Set<RefreshSource> sources = options.sources();
    LocalSources local = options.local();
    if (sources.contains(RefreshSource.ENDOFLIFE)
        && sources.contains(RefreshSource.ENDOFLIFE_REPO)) {
      throw new BadInputException(
          "--source endoflife and endoflife-repo both give release lines: choose one");
    }
    if (sources.contains(RefreshSource.ENDOFLIFE_REPO)) {
      Path clone =
          local
              .endoflifeRepo()
              .orElseThrow(
                  () ->
                      new BadInputException(
                          "--source endoflife-repo needs the path of a clone of"
                              + " endoflife-date/endoflife.date"));
      requireRepository(clone.toString(), "endoflife-repo");
    }
    if (sources.contains(RefreshSource.GIT)) {
      String repo =
          local
              .gitRepo()
              .orElseThrow(() -> new BadInputException("--source git needs --repo PATH|URL"));
      if (options.framework().isEmpty()) {
        throw new BadInputException(
            "--source git reads one repository: name its framework with --framework ID");
      }
      if (!GitRepository.isUrl(repo)) {
        requireRepository(repo, "git");
      }
    } else if (local.gitRepo().isPresent()) {
      throw new BadInputException("--repo is only used with --source git");
    }
  }

  private static void requireRepository(String location, String source) {
    Path path = Path.of(location);
    boolean workTree = Files.exists(path.resolve(".git"));
    boolean gitDir =
        Files.isRegularFile(path.resolve("HEAD")) && Files.isDirectory(path.resolve("objects"));
    if (!workTree && !gitDir) {
      throw new BadInputException(
          "--source "
              + source
              + ": "
              + location
              + (Files.exists(path) ? " is not a git repository" : " does not exist")
              + " (give a work tree with .git or a git directory with HEAD and objects/)");
    }
  }
}
