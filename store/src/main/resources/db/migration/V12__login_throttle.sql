-- Sign-in throttling reads recent failed sign-ins from the audit log (by event, then time).
CREATE INDEX audit_event_by_event ON audit_event (event, at_ms);
