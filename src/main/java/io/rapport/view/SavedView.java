package io.rapport.view;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A list view saved under a name: its filter (JSON of the filter model), columns and sort. */
@Entity
@Table(name = "saved_view")
class SavedView {

    @Id
    private UUID id;

    @Column(name = "record_type")
    private String recordType;

    private String name;

    @Column(name = "owner_id")
    private UUID ownerId;

    /** The team it is shared with, or null when only its owner sees it. */
    @Column(name = "team_id")
    private UUID teamId;

    @JdbcTypeCode(SqlTypes.JSON)
    private String filter;

    /** The list's parameters besides its filter model, by name (q, country, ownerId...). */
    @JdbcTypeCode(SqlTypes.JSON)
    private Map<String, String> parameters = new LinkedHashMap<>();

    @JdbcTypeCode(SqlTypes.ARRAY)
    private List<String> columns = new ArrayList<>();

    private String sort;

    @Column(name = "created_at")
    private Instant createdAt;

    protected SavedView() {}

    SavedView(
            UUID id,
            String recordType,
            String name,
            UUID ownerId,
            UUID teamId,
            String filter,
            Map<String, String> parameters,
            List<String> columns,
            String sort) {
        this.id = id;
        this.recordType = recordType;
        this.name = name;
        this.ownerId = ownerId;
        this.teamId = teamId;
        this.filter = filter;
        this.parameters = new LinkedHashMap<>(parameters);
        this.columns = new ArrayList<>(columns);
        this.sort = sort;
        this.createdAt = Instant.now();
    }

    ListView toView() {
        return new ListView(
                id,
                recordType,
                name,
                ownerId,
                teamId != null,
                filter,
                Map.copyOf(parameters),
                List.copyOf(columns),
                sort,
                createdAt);
    }

    UUID getOwnerId() {
        return ownerId;
    }

    UUID getTeamId() {
        return teamId;
    }
}
