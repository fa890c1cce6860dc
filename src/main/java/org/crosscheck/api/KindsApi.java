package org.crosscheck.api;

import org.crosscheck.annotation.FieldType;
import org.crosscheck.annotation.KindColour;
import org.crosscheck.annotation.KindDescription;
import org.crosscheck.annotation.KindDraft;
import org.crosscheck.annotation.KindField;
import org.crosscheck.annotation.KindService;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.util.List;

/** The kinds a project's annotations can have: the built-in ones and the project's own, described. */
@RestController
@io.swagger.v3.oas.annotations.tags.Tag(name = "Kinds")
@RequestMapping("/api/v1/projects/{projectId}/kinds")
class KindsApi {

    private final KindService kinds;

    KindsApi(KindService kinds) {
        this.kinds = kinds;
    }

    /** A kind: its id is what annotations carry as {@code kind} ("QUOTE", "kind-12"); fields by key. */
    record KindJson(String id, String name, String colour, String shortcut, boolean builtIn, List<FieldJson> fields,
                    long version) {
        static KindJson of(KindDescription k) {
            return new KindJson(k.id(), k.name(), k.colour() == null ? null : k.colour().name(), k.shortcut(), k.builtIn(),
                    k.fields().stream().map(FieldJson::of).toList(), k.version());
        }
    }

    /** {@code type}: TEXT, NUMBER, CHOICE, YES_NO or PERSON; {@code archived}: removed from the kind, kept on annotations. */
    record FieldJson(String key, String label, String type, boolean required, List<String> choices, boolean archived) {
        static FieldJson of(KindField f) {
            return new FieldJson(f.key(), f.label(), f.type().name(), f.required(), f.choices(), f.archived());
        }
    }

    /** A kind to define or change: fields with the key of an existing field change it; fields left out are archived. */
    record KindRequest(String name, String colour, String shortcut, List<FieldRequest> fields) {
    }

    record FieldRequest(String key, String label, String type, Boolean required, List<String> choices) {
    }

    @GetMapping
    List<KindJson> list(@PathVariable long projectId) {
        return kinds.kindsOf(projectId).stream().map(KindJson::of).toList();
    }

    @PostMapping
    ResponseEntity<KindJson> define(@PathVariable long projectId, @RequestBody KindRequest request) {
        KindDescription made = kinds.define(projectId, draft(request));
        return ResponseEntity.created(URI.create("/api/v1/projects/" + projectId + "/kinds/" + made.id()))
                .eTag(ETags.of(made.version())).body(KindJson.of(made));
    }

    @PutMapping("/{kindId}")
    ResponseEntity<KindJson> change(@PathVariable long projectId, @PathVariable String kindId,
                                    @RequestBody KindRequest request,
                                    @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        KindDescription changed = kinds.change(projectId, kindId, draft(request), ETags.required(ifMatch));
        return ResponseEntity.ok().eTag(ETags.of(changed.version())).body(KindJson.of(changed));
    }

    @DeleteMapping("/{kindId}")
    ResponseEntity<Void> delete(@PathVariable long projectId, @PathVariable String kindId) {
        kinds.delete(projectId, kindId);
        return ResponseEntity.noContent().build();
    }

    private static KindDraft draft(KindRequest r) {
        if (r == null) {
            throw ApiException.invalid("name", "Send the kind's name, colour, key and fields.");
        }
        List<KindDraft.FieldDraft> fields = r.fields() == null ? List.of() : r.fields().stream()
                .map(f -> new KindDraft.FieldDraft(f.key(), f.label(), ApiEnums.parse(FieldType.class, f.type(), "type"),
                        Boolean.TRUE.equals(f.required()), f.choices()))
                .toList();
        return new KindDraft(r.name(), r.colour() == null ? null : ApiEnums.parse(KindColour.class, r.colour(), "colour"),
                r.shortcut(), fields);
    }
}
