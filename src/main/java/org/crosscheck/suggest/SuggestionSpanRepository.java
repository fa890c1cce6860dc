package org.crosscheck.suggest;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Collection;
import java.util.List;

interface SuggestionSpanRepository extends JpaRepository<SuggestionSpan, Long> {

    List<SuggestionSpan> findBySuggestionIdInOrderByIdAsc(Collection<Long> suggestionIds);
}
