package io.rapport.company;

/** Head-count bands, as most CRMs and data providers use them. */
enum CompanySize {
    S1_10("1-10"),
    S11_50("11-50"),
    S51_200("51-200"),
    S201_500("201-500"),
    S501_1000("501-1000"),
    S1001_5000("1001-5000"),
    S5001_PLUS("5001+");

    private final String label;

    CompanySize(String label) {
        this.label = label;
    }

    /** Whether a head count falls in this band. */
    boolean includes(long employees) {
        String[] bounds = label.replace("+", "-" + Long.MAX_VALUE).split("-");
        return employees >= Long.parseLong(bounds[0]) && employees <= Long.parseLong(bounds[1]);
    }

    String label() {
        return label;
    }

    static boolean isLabel(String value) {
        for (CompanySize size : values()) {
            if (size.label.equals(value)) {
                return true;
            }
        }
        return false;
    }
}
