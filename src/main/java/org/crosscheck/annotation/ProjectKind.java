package org.crosscheck.annotation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.crosscheck.base.AbstractEntity;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import java.time.Instant;
import java.util.List;

/** A kind a project defined for itself ("Claim", "Source"): its description, stored. */
@Entity
@Table(name = "project_kind")
class ProjectKind extends AbstractEntity {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<List<KindField>> FIELDS = new TypeReference<>() {
    };

    @Column(name = "project_id", nullable = false)
    private long projectId;

    @Column(nullable = false, length = 60)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private KindColour colour;

    @Column(length = 1)
    private String shortcut;

    /** The fields, as JSON: one description, read and written whole. */
    @Column(nullable = false, length = 20000)
    private String fields;

    /** The number the next new field's key gets ("f7"): keys are never reused, so old values never meet a new field. */
    @Column(name = "next_field", nullable = false)
    private int nextField = 1;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected ProjectKind() {
    }

    ProjectKind(long projectId, Instant now) {
        this.projectId = projectId;
        this.createdAt = now;
        this.fields = "[]";
    }

    long getProjectId() {
        return projectId;
    }

    String getName() {
        return name;
    }

    /** The fields as stored: refused, before the database would, when they take more than the column holds. */
    void define(String name, KindColour colour, String shortcut, List<KindField> fields) {
        String json = JSON.writeValueAsString(fields);
        if (json.length() > MAX_FIELDS_JSON) {
            throw org.crosscheck.base.DomainException.onField("fields", "annotation.error.kind-too-long",
                    String.valueOf(json.length()), String.valueOf(MAX_FIELDS_JSON));
        }
        this.name = name;
        this.colour = colour;
        this.shortcut = shortcut;
        this.fields = json;
    }

    static final int MAX_FIELDS_JSON = 20000;

    /** A key for a field this kind never had. */
    String newFieldKey() {
        return "f" + nextField++;
    }

    List<KindField> fields() {
        return JSON.readValue(fields, FIELDS);
    }

    KindDescription describe() {
        return new KindDescription(KindDescription.PROJECT_KIND_PREFIX + getId(), name, colour, shortcut, false,
                fields(), getVersion());
    }
}
