package io.rapport.identity;

import org.springframework.data.jpa.repository.JpaRepository;

interface VisibilityRules extends JpaRepository<VisibilityRule, VisibilityRule.Key> {}
