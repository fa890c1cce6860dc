package org.crosscheck.api;

import org.crosscheck.account.AccessTokenService;
import org.crosscheck.account.AccessTokenSummary;
import org.crosscheck.account.NewAccessToken;
import org.crosscheck.account.TokenScope;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.time.Instant;

/** Personal access tokens: made with a password (HTTP Basic), listed and revoked with a token. */
@RestController
@io.swagger.v3.oas.annotations.tags.Tag(name = "Tokens")
@RequestMapping("/api/v1/tokens")
class TokensApi {

    private final AccessTokenService tokens;

    TokensApi(AccessTokenService tokens) {
        this.tokens = tokens;
    }

    record NewToken(String name, String scope, Integer expiresInDays) {
    }

    record CreatedToken(long id, String token, String name, String scope, Instant expiresAt) {
    }

    record TokenJson(long id, String name, String scope, Instant createdAt, Instant expiresAt, Instant lastUsedAt,
                     Instant revokedAt, boolean active) {
        static TokenJson of(AccessTokenSummary t) {
            return new TokenJson(t.id(), t.name(), TokensApi.scope(t.scope()), t.createdAt(), t.expiresAt(), t.lastUsedAt(),
                    t.revokedAt(), t.isActiveAt(Instant.now()));
        }
    }

    /** The one request that authenticates with a password (HTTP Basic) instead of a token. */
    @PostMapping
    @io.swagger.v3.oas.annotations.security.SecurityRequirement(name = "password")
    ResponseEntity<CreatedToken> create(@RequestBody NewToken request) {
        TokenScope scope = ApiEnums.parse(TokenScope.class, request.scope(), "scope");
        NewAccessToken made = tokens.create(request.name(), scope, request.expiresInDays());
        AccessTokenSummary t = made.summary();
        return ResponseEntity.created(URI.create("/api/v1/tokens/" + t.id()))
                .body(new CreatedToken(t.id(), made.token(), t.name(), scope(t.scope()), t.expiresAt()));
    }

    @GetMapping
    ApiPage<TokenJson> mine(@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return ApiPage.ofList(tokens.mine().stream().map(TokenJson::of).toList(), ApiPage.request(page, size));
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> revoke(@PathVariable long id) {
        tokens.revoke(id);
        return ResponseEntity.status(HttpStatus.NO_CONTENT).build();
    }

    static String scope(TokenScope scope) {
        return ApiEnums.lower(scope);
    }
}
