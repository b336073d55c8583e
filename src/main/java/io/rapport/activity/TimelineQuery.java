package io.rapport.activity;

import java.util.UUID;

/** What a timeline shows: every channel and author, or one. */
public record TimelineQuery(Channel channel, UUID authorId) {

    static final TimelineQuery ALL = new TimelineQuery(null, null);
}
