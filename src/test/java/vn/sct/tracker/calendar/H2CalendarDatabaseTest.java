package vn.sct.tracker.calendar;

import java.util.UUID;

import javax.sql.DataSource;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;

/** The calendar's migration, repository and service on H2, in its default and PostgreSQL modes. */
class H2CalendarDatabaseTest {

    static JdbcDataSource h2(String options) {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:mem:calendar-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1" + options);
        ds.setUser("sa");
        return ds;
    }

    @Nested
    class DefaultMode extends AbstractCalendarDatabaseTest {
        private static DataSource dataSource;

        @BeforeAll
        static void migrateDatabase() {
            dataSource = h2("");
            migrate(dataSource);
        }

        @Override
        DataSource dataSource() {
            return dataSource;
        }
    }

    @Nested
    class PostgreSqlMode extends AbstractCalendarDatabaseTest {
        private static DataSource dataSource;

        @BeforeAll
        static void migrateDatabase() {
            dataSource = h2(";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH");
            migrate(dataSource);
        }

        @Override
        DataSource dataSource() {
            return dataSource;
        }
    }
}
