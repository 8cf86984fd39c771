package dev.stackfit.core.team;

/**
 * The ports of a team server, one per concern, as the store module opens them on one database; the
 * web app hands each part only the ones it uses.
 */
public record TeamStores(
    AccountStore accounts,
    LoginStore logins,
    AuditLog audit,
    SessionStore sessions,
    InvitationStore invitations,
    BallotStore ballots,
    DecisionStore decisions,
    EvaluationOwners owners,
    SignInAttempts signIns,
    ApiTokenStore tokens) {}
