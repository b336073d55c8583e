package io.rapport.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

@Entity
@Table(name = "app_user")
class User {

    @Id
    private UUID id;

    private String email;
    private String name;

    @Column(name = "password_hash")
    private String passwordHash;

    @Enumerated(EnumType.STRING)
    private Role role;

    @Column(name = "team_id")
    private UUID teamId;

    private boolean enabled;

    @Column(name = "created_at")
    private Instant createdAt;

    protected User() {}

    User(UUID id, String email, String name, String passwordHash, Role role, UUID teamId) {
        this.id = id;
        this.email = email;
        this.name = name;
        this.passwordHash = passwordHash;
        this.role = role;
        this.teamId = teamId;
        this.enabled = true;
        this.createdAt = Instant.now();
    }

    public UUID getId() {
        return id;
    }

    public String getEmail() {
        return email;
    }

    public String getName() {
        return name;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public Role getRole() {
        return role;
    }

    public UUID getTeamId() {
        return teamId;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    void changeRole(Role role) {
        this.role = role;
    }

    void moveToTeam(UUID teamId) {
        this.teamId = teamId;
    }

    void rename(String name) {
        this.name = name;
    }

    void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    void changePasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
    }
}
