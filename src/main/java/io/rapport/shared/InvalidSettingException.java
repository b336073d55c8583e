package io.rapport.shared;

/** A setting with a value Rapport cannot start with; the failure analyzer turns it into a message to act on. */
public class InvalidSettingException extends RuntimeException {

    private final String setting;
    private final String action;

    public InvalidSettingException(String setting, String problem, String action) {
        super("Invalid setting " + setting + ": " + problem);
        this.setting = setting;
        this.action = action;
    }

    public String setting() {
        return setting;
    }

    public String action() {
        return action;
    }
}
