package dev.stackfit.web.team;

/**
 * An invitation link's page.
 *
 * @param token the invitation token (it is in the URL already)
 * @param usable false when used or expired
 * @param role the role it grants
 * @param title the session's title
 * @param signedInAs the signed-in name, or "" for the sign-up form
 * @param csrf token for the form (the session's or a pre-sign-in one)
 * @param message an error to show, or ""
 */
record InvitationView(
    String token,
    boolean usable,
    String role,
    String title,
    String signedInAs,
    String csrf,
    String message) {}
