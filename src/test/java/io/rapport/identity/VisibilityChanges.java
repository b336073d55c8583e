package io.rapport.identity;

/** For tests of other modules: changes who sees which records, as the administrator's visibility page does. */
public final class VisibilityChanges {

    private VisibilityChanges() {}

    public static void change(Visibility visibility, Role role, String recordType, VisibilityScope scope) {
        visibility.change(role, recordType, scope);
    }
}
