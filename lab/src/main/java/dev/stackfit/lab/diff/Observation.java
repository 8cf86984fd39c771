package dev.stackfit.lab.diff;

/**
 * One request's three answers: from the old service, from the old service again (or a second
 * instance of it), and from the new service.
 */
record Observation(DiffRequest request, Answer old, Answer oldAgain, Answer candidate) {}
