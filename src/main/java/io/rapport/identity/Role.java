package io.rapport.identity;

/** What a user may do. Every role but {@link #READ_ONLY} may write; only {@link #ADMIN} manages users and settings. */
public enum Role {
    ADMIN,
    MANAGER,
    SALES,
    SUPPORT,
    MARKETING,
    READ_ONLY;

    /** Spring Security authority names of the roles that may change records. */
    static final String[] WRITERS = {"ADMIN", "MANAGER", "SALES", "SUPPORT", "MARKETING"};

    public boolean canWrite() {
        return this != READ_ONLY;
    }
}
