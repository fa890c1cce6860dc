package db.migration;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Fills {@code article.body_length} (added by V12) with each text's length in UTF-16 units, the
 * unit every offset counts in; one text in memory at a time, however many articles there are.
 */
public class V13__article_body_length extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        List<Long> ids = new ArrayList<>();
        try (Statement all = connection.createStatement();
             ResultSet rows = all.executeQuery("select id from article where body_length is null")) {
            while (rows.next()) {
                ids.add(rows.getLong(1));
            }
        }
        try (PreparedStatement text = connection.prepareStatement("select body_text from article where id = ?");
             PreparedStatement length = connection.prepareStatement("update article set body_length = ? where id = ?")) {
            for (long id : ids) {
                text.setLong(1, id);
                try (ResultSet row = text.executeQuery()) {
                    row.next();
                    length.setInt(1, row.getString(1).length());
                }
                length.setLong(2, id);
                length.executeUpdate();
            }
        }
        try (Statement notNull = connection.createStatement()) {
            notNull.execute("alter table article alter column body_length set not null");
        }
    }
}
