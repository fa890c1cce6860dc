package org.crosscheck.project;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;


interface ProjectRepository extends JpaRepository<Project, Long> {

    java.util.List<Project> findByName(String name);

    @Query("select p from Project p where p.id in (select m.projectId from Membership m where m.userId = :userId) order by p.name")
    Slice<Project> findForMember(long userId, Pageable page);

    @Query("select p from Project p order by p.name")
    Slice<Project> findAllOrdered(Pageable page);

    boolean existsByNameIgnoreCase(String name);

    @Query("""
            select count(p) > 0 from Project p where lower(p.name) = lower(:name)
            and p.id in (select m.projectId from Membership m where m.userId = :userId)""")
    boolean existsForMemberByName(long userId, String name);

}
