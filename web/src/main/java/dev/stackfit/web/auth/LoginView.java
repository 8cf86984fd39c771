package dev.stackfit.web.auth;

/**
 * The sign-in page.
 *
 * @param message why the page is shown again, or ""
 * @param csrf the form's double-submit token
 * @param next where to go after signing in
 * @param usersExist false on a fresh install: the page then says how to add the first admin
 * @param adminCommand the command that adds it, with the data option this server uses
 */
public record LoginView(
    String message, String csrf, String next, boolean usersExist, String adminCommand) {}
