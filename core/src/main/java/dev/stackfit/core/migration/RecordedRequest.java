package dev.stackfit.core.migration;

/**
 * A request seen in the current service's traffic (an access log), to weigh slices by traffic.
 *
 * @param method the HTTP method
 * @param path the path, with or without its query
 */
public record RecordedRequest(String method, String path) {}
