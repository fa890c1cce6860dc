package org.crosscheck.api;

import org.crosscheck.account.GlobalRole;
import org.crosscheck.account.UserAdminService;
import org.crosscheck.account.UserAdminService.UserRow;
import org.springframework.data.domain.Pageable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.time.Instant;

/**
 * Accounts, for administrators: list and search, create (with a first password the user must
 * change), and change (details, enabled, role, project creator right, a reset password).
 */
@RestController
@io.swagger.v3.oas.annotations.tags.Tag(name = "Users")
@RequestMapping("/api/v1/users")
class UsersApi {

    private final UserAdminService users;

    UsersApi(UserAdminService users) {
        this.users = users;
    }

    record UserJson(long id, String username, String displayName, String email, String role, boolean enabled,
                    boolean mustChangePassword, boolean projectCreator, boolean locked, Instant lastLoginAt,
                    Instant createdAt, long projects) {
        static UserJson of(UserRow u) {
            return new UserJson(u.id(), u.username(), u.displayName(), u.email(), u.role().name(), u.enabled(),
                    u.mustChangePassword(), u.projectCreator(), u.locked(), u.lastLoginAt(), u.createdAt(), u.projects());
        }
    }

    record NewUser(String username, String displayName, String email, String password, String role) {
    }

    /** The fields to change; an absent one stays as it is. */
    record UserChange(String displayName, String email, Boolean enabled, String role, Boolean projectCreator,
                      String password) {
    }

    @GetMapping
    ApiPage<UserJson> list(@RequestParam(required = false) String q, @RequestParam(required = false) Integer page,
                           @RequestParam(required = false) Integer size) {
        Pageable request = ApiPage.request(page, size);
        return ApiPage.of(users.page(q, request).stream().map(UserJson::of).toList(),
                request, users.count(q));
    }

    @GetMapping("/{id}")
    UserJson get(@PathVariable long id) {
        return UserJson.of(users.get(id));
    }

    @PostMapping
    ResponseEntity<UserJson> create(@RequestBody NewUser request) {
        GlobalRole role = request.role() == null ? GlobalRole.USER : ApiEnums.parse(GlobalRole.class, request.role(), "role");
        UserRow made = users.create(request.username(), request.displayName(), request.email(), request.password(), role);
        return ResponseEntity.created(URI.create("/api/v1/users/" + made.id())).body(UserJson.of(made));
    }

    @PatchMapping("/{id}")
    UserJson change(@PathVariable long id, @RequestBody UserChange request) {
        GlobalRole role = request.role() == null ? null : ApiEnums.parse(GlobalRole.class, request.role(), "role");
        return UserJson.of(users.change(id, request.displayName(), request.email(), request.enabled(), role,
                request.projectCreator(), request.password()));
    }
}
