package org.crosscheck.base;

import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import org.hibernate.proxy.HibernateProxy;

import java.util.function.Supplier;

/**
 * An entity users edit: a database-generated id and a version for optimistic locking, so a
 * concurrent edit is refused instead of silently overwriting another.
 */
@MappedSuperclass
public abstract class AbstractEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    /**
     * The one version check of every edit: refused, with the message (written for the user), when
     * someone saved this entity since the caller read {@code expectedVersion}.
     */
    public void requireVersion(long expectedVersion, Supplier<String> userMessage) {
        if (version != expectedVersion) {
            throw new ConcurrentEditException(userMessage.get(), version);
        }
    }

    /** As {@link #requireVersion(long, Supplier)}, with the message {@code key} of a bundle and its arguments. */
    public void requireVersion(long expectedVersion, String key, Object... args) {
        if (version != expectedVersion) {
            throw new ConcurrentEditException(version, key, args);
        }
    }

    /** Equal when of the same class and persisted with the same id (a new entity equals only itself). */
    @Override
    public final boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (other == null || effectiveClass(this) != effectiveClass(other)) {
            return false;
        }
        return id != null && id.equals(((AbstractEntity) other).id);
    }

    /** By class, not by id: stable from before persisting to after. */
    @Override
    public final int hashCode() {
        return effectiveClass(this).hashCode();
    }

    private static Class<?> effectiveClass(Object o) {
        return o instanceof HibernateProxy proxy ? proxy.getHibernateLazyInitializer().getPersistentClass() : o.getClass();
    }
}
