package org.crosscheck.api;

import org.crosscheck.project.MemberSummary;
import org.crosscheck.project.ProjectRole;
import org.crosscheck.project.ProjectService;
import org.crosscheck.project.ProjectSummary;
import org.crosscheck.base.NotFoundException;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.time.Instant;

/** Projects the caller belongs to, and their members. */
@RestController
@io.swagger.v3.oas.annotations.tags.Tag(name = "Projects")
@RequestMapping("/api/v1/projects")
class ProjectsApi {

    private final ProjectService projects;

    ProjectsApi(ProjectService projects) {
        this.projects = projects;
    }

    record ProjectJson(long id, String name, String description, String role, Instant createdAt, long version,
                       boolean membersMayExport, boolean mayExport) {
        static ProjectJson of(ProjectSummary p) {
            return new ProjectJson(p.id(), p.name(), p.description(), p.myRole() == null ? null : p.myRole().name(),
                    p.createdAt(), p.version(), p.membersMayExport(), p.myRole() != null && p.mayExport());
        }
    }

    record NewProject(String name, String description) {
    }

    record MemberJson(String username, String displayName, String role) {
        static MemberJson of(MemberSummary m) {
            return new MemberJson(m.user().username(), m.user().displayName(), m.role().name());
        }
    }

    record RoleChange(String role) {
    }

    @GetMapping
    ApiPage<ProjectJson> list(@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        Pageable request = ApiPage.request(page, size);
        Slice<ProjectSummary> slice = projects.myProjects(request);
        return new ApiPage<>(slice.getContent().stream().map(ProjectJson::of).toList(), request.getPageNumber(),
                request.getPageSize(), null, slice.hasNext());
    }

    @PostMapping
    ResponseEntity<ProjectJson> create(@RequestBody NewProject request) {
        ProjectSummary created = projects.create(request.name(), request.description());
        return ResponseEntity.created(URI.create("/api/v1/projects/" + created.id())).eTag(ETags.of(created.version()))
                .body(ProjectJson.of(created));
    }

    @GetMapping("/{id}")
    ResponseEntity<ProjectJson> get(@PathVariable long id) {
        ProjectSummary project = projects.get(id);
        return ResponseEntity.ok().eTag(ETags.of(project.version())).body(ProjectJson.of(project));
    }

    @GetMapping("/{id}/members")
    ApiPage<MemberJson> members(@PathVariable long id, @RequestParam(required = false) Integer page,
                                @RequestParam(required = false) Integer size) {
        Pageable request = ApiPage.request(page, size);
        projects.get(id);
        return ApiPage.ofList(projects.members(id).stream().map(MemberJson::of).toList(), request);
    }

    /** Adds the user to the project with the role, or changes their role (leads). */
    @PutMapping("/{id}/members/{username}")
    MemberJson setMember(@PathVariable long id, @PathVariable String username, @RequestBody RoleChange request) {
        projects.get(id);
        return MemberJson.of(projects.setMember(id, username, ApiEnums.parse(ProjectRole.class, request.role(), "role")));
    }

    @DeleteMapping("/{id}/members/{username}")
    ResponseEntity<Void> removeMember(@PathVariable long id, @PathVariable String username) {
        projects.get(id);
        MemberSummary member = projects.members(id).stream()
                .filter(m -> m.user().username().equalsIgnoreCase(username)).findFirst()
                .orElseThrow(() -> new NotFoundException("member", -1));
        projects.removeMember(id, member.user().id());
        return ResponseEntity.status(HttpStatus.NO_CONTENT).build();
    }
}
