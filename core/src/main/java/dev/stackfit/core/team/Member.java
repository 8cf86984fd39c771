package dev.stackfit.core.team;

/** A session member with the account's name. */
public record Member(String accountId, String name, Role role) {}
