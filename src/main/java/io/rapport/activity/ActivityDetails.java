package io.rapport.activity;

import io.rapport.shared.FieldProblem;
import io.rapport.shared.Text;
import java.net.URI;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The fields only some channels have, checked and gathered into an activity's {@code details}: a call's
 * duration and outcome, a meeting's end, attendees, place and link, a social message's network, handle and link.
 * Links must be http(s), so none can run script when clicked.
 */
final class ActivityDetails {

    private static final Set<Channel> WITH_DIRECTION = Set.of(Channel.EMAIL, Channel.CALL, Channel.SOCIAL, Channel.SMS);

    private ActivityDetails() {}

    static Map<String, Object> of(
            Channel channel, ActivityInput input, Instant occurredAt, List<FieldProblem> problems) {
        Map<String, Object> details = new LinkedHashMap<>();
        only(channel == Channel.CALL, "durationSeconds", input.durationSeconds(), details, problems);
        only(channel == Channel.CALL, "outcome", Text.clean(input.outcome()), details, problems);
        boolean meeting = channel == Channel.MEETING || channel == Channel.IN_PERSON;
        if (input.endsAt() != null && occurredAt != null && input.endsAt().isBefore(occurredAt)) {
            problems.add(new FieldProblem("endsAt", "must not be before occurredAt"));
        }
        only(meeting, "endsAt", input.endsAt() == null ? null : input.endsAt().toString(), details, problems);
        List<String> attendees = input.attendees() == null ? List.of() : Text.cleanList(input.attendees());
        only(meeting, "attendees", attendees.isEmpty() ? null : attendees, details, problems);
        only(meeting, "location", Text.clean(input.location()), details, problems);
        only(meeting, "onlineUrl", link("onlineUrl", input.onlineUrl(), problems), details, problems);
        only(channel == Channel.SOCIAL, "network", Text.clean(input.network()), details, problems);
        only(channel == Channel.SOCIAL, "handle", Text.clean(input.handle()), details, problems);
        only(channel == Channel.SOCIAL, "url", link("url", input.url(), problems), details, problems);
        return details;
    }

    /** {@code inbound} or {@code outbound} for the channels that go one way; none for the others. */
    static String direction(Channel channel, String given, List<FieldProblem> problems) {
        String direction = Text.clean(given);
        if (direction == null) {
            return WITH_DIRECTION.contains(channel) ? "outbound" : null;
        }
        direction = direction.toLowerCase(Locale.ROOT);
        if (!WITH_DIRECTION.contains(channel)) {
            problems.add(new FieldProblem("direction", "a " + channel.code() + " has no direction"));
        } else if (!direction.equals("inbound") && !direction.equals("outbound")) {
            problems.add(new FieldProblem("direction", "must be inbound or outbound"));
        }
        return direction;
    }

    private static void only(
            boolean applies, String field, Object value, Map<String, Object> details, List<FieldProblem> problems) {
        if (value == null) {
            return;
        }
        if (applies) {
            details.put(field, value);
        } else {
            problems.add(new FieldProblem(field, "not a field of this channel"));
        }
    }

    private static String link(String field, String given, List<FieldProblem> problems) {
        String link = Text.clean(given);
        if (link == null) {
            return null;
        }
        try {
            URI uri = new URI(link);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
                return link;
            }
        } catch (java.net.URISyntaxException e) {
            // reported below
        }
        problems.add(new FieldProblem(field, "must be an http or https address"));
        return null;
    }
}
