package io.rapport.shared;

import java.util.List;
import java.util.UUID;

/** Two records of a type that are likely one, as the duplicates pages show them: best first, with why. */
public record DuplicatePair(Side first, Side second, int score, List<String> reasons) {

    /** One of the pair: its id, its name and a detail to tell it apart (an email, a domain). */
    public record Side(UUID id, String name, String detail) {}
}
