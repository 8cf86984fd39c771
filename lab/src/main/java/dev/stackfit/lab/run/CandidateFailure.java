package dev.stackfit.lab.run;

/** A candidate-level failure that ends this candidate's run but not the lab. */
final class CandidateFailure extends RuntimeException {
  CandidateFailure(String message) {
    super(message, null, false, false);
  }
}
