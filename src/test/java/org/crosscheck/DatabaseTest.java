package org.crosscheck;

import org.junit.jupiter.api.Tag;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A test of services and repositories against a real database: H2 by default, PostgreSQL when
 * the build passes -Dtest.db.url (the "postgresql" Surefire execution runs every test tagged "db").
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest
@ActiveProfiles("test")
@Tag("db")
public @interface DatabaseTest {
}
