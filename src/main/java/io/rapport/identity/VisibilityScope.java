package io.rapport.identity;

/** How far a role sees into a record type: every record, the records owned by the team, or only one's own. */
public enum VisibilityScope {
    ALL,
    TEAM,
    OWN
}
