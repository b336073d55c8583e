package io.rapport.identity;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;

/** Reads a signed-in user from a row of {@code app_user} (columns email, name, role, team_id and the id). */
final class UserRows {

    private UserRows() {}

    static SignedInUser signedInUser(ResultSet rs, String idColumn) throws SQLException {
        return new SignedInUser(
                rs.getObject(idColumn, UUID.class),
                rs.getString("email"),
                rs.getString("name"),
                Role.valueOf(rs.getString("role")),
                rs.getObject("team_id", UUID.class));
    }
}
