package vn.sct.tracker.common;

import javax.sql.DataSource;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.incrementer.DataFieldMaxValueIncrementer;
import org.springframework.jdbc.support.incrementer.H2SequenceMaxValueIncrementer;
import org.springframework.jdbc.support.incrementer.PostgresSequenceMaxValueIncrementer;

/** Database sequences of the application's tables, on H2 (default) or PostgreSQL (production). */
public final class Sequences {

    private Sequences() {
    }

    public static DataFieldMaxValueIncrementer of(DataSource dataSource, String sequence) {
        try {
            String product = JdbcUtils.extractDatabaseMetaData(dataSource, md -> md.getDatabaseProductName());
            return product != null && product.toLowerCase().contains("postgres")
                    ? new PostgresSequenceMaxValueIncrementer(dataSource, sequence)
                    : new H2SequenceMaxValueIncrementer(dataSource, sequence);
        } catch (Exception e) {
            throw new IllegalStateException("Cannot read the database product", e);
        }
    }
}
