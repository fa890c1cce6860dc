package org.crosscheck.annotation;

import org.springframework.data.jpa.repository.JpaRepository;

interface CommentThreadStateRepository extends JpaRepository<CommentThreadState, Long> {
}
