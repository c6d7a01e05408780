package dev.tidemark.cli.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tidemark.cli.db.TestDatabases;
import dev.tidemark.dialect.Dialects;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

/**
 * Regression: with standard_conforming_strings=off a backslash in a plain literal escaped the
 * closing quote, and a value could run its own statement. Tidemark's PostgreSQL strings hold up
 * under both settings.
 */
class PostgresStandardConformingStringsTest {
    @Test
    void hostileValue_staysAValue_whateverTheSetting() throws Exception {
        String hostile = "\\'); DELETE FROM victim; --";
        try (TestDatabases.Scratch scratch = TestDatabases.scratch("postgresql"); Connection c = scratch.connect();
                Statement st = c.createStatement()) {
            st.execute("CREATE TABLE victim (v TEXT)");
            st.execute("INSERT INTO victim VALUES ('keep me')");
            String literal = Dialects.named("postgresql", null).literals().string(hostile);
            for (String setting : new String[] {"off", "on"}) {
                st.execute("SET standard_conforming_strings = " + setting);
                st.execute("INSERT INTO victim VALUES (" + literal + ")");
            }
            try (ResultSet rs = st.executeQuery("SELECT count(*), count(*) FILTER (WHERE v = 'keep me'),"
                    + " count(*) FILTER (WHERE v = " + literal + ") FROM victim")) {
                rs.next();
                assertEquals(3, rs.getInt(1), "no row was deleted");
                assertEquals(1, rs.getInt(2));
                assertEquals(2, rs.getInt(3), "both inserts stored the value exactly");
            }
        }
    }
}
