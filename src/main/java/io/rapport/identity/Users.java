package io.rapport.identity;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface Users extends JpaRepository<User, UUID> {

    Optional<User> findByEmailIgnoreCase(String email);

    boolean existsByEmailIgnoreCase(String email);

    List<User> findAllByOrderByNameAsc();

    List<User> findByEnabledTrueOrderByNameAsc();

    List<User> findByIdIn(Collection<UUID> ids);

    @Query("select u.id from User u where u.teamId = ?1")
    List<UUID> idsInTeam(UUID teamId);
}
