package io.rapport.identity;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface Teams extends JpaRepository<Team, UUID> {

    List<Team> findAllByOrderByNameAsc();

    boolean existsByNameIgnoreCase(String name);

    Optional<Team> findByNameIgnoreCase(String name);
}
