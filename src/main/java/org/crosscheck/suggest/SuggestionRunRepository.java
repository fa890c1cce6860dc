package org.crosscheck.suggest;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Optional;

interface SuggestionRunRepository extends JpaRepository<SuggestionRun, Long> {

    Optional<SuggestionRun> findFirstByProjectIdOrderByStartedAtDescIdDesc(long projectId);
}
