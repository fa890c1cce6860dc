package org.crosscheck.account;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;

/** Settings of the whole installation, one row each in {@code app_setting}. */
@Component
@Transactional(readOnly = true)
class AppSettings {

    static final String PROJECT_CREATION = "project-creation";

    private final JdbcTemplate jdbc;

    AppSettings(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    ProjectCreation projectCreation() {
        List<String> value = jdbc.queryForList("select setting_value from app_setting where name = ?", String.class,
                PROJECT_CREATION);
        return value.isEmpty() ? ProjectCreation.EVERYONE : ProjectCreation.valueOf(value.getFirst());
    }

    @Transactional
    void setProjectCreation(ProjectCreation value) {
        if (jdbc.update("update app_setting set setting_value = ? where name = ?", value.name(), PROJECT_CREATION) == 0) {
            jdbc.update("insert into app_setting (name, setting_value) values (?, ?)", PROJECT_CREATION, value.name());
        }
    }
}
