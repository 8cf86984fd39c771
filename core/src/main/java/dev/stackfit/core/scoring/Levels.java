package dev.stackfit.core.scoring;

import dev.stackfit.core.profile.Level;

/** Numeric values of skill levels, shared by the criteria that read the team's skills. */
final class Levels {
  private Levels() {}

  static double value(Level level) {
    return switch (level) {
      case NONE -> 0;
      case BASIC -> 0.35;
      case WORKING -> 0.7;
      case EXPERT -> 1.0;
    };
  }
}
