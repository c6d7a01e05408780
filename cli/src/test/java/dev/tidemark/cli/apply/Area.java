package dev.tidemark.cli.apply;

import dev.tidemark.cli.db.TestDatabases.Scratch;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * A database an update runs against, as tests inspect it: its URL and the catalog and schema
 * that DatabaseMetaData calls need. A scratch area of {@link dev.tidemark.cli.db.TestDatabases},
 * or an H2 file database in a temporary folder (which other processes can open).
 *
 * @param catalog the catalog for metadata calls (MariaDB's database), or null
 * @param schema  the schema for metadata calls, or null on MariaDB
 */
record Area(String url, String catalog, String schema) {

    static Area of(Scratch s) {
        return new Area(s.url(), s.catalogForMetadata(), s.schemaForMetadata());
    }

    /**
     * An H2 file database in {@code folder}. With {@code autoServer} the first process to open it
     * serves it to the others (H2's automatic mixed mode), so tests can look while an update runs.
     */
    static Area h2File(Path folder, boolean autoServer) {
        return new Area("jdbc:h2:file:" + folder.resolve("db").toAbsolutePath() + (autoServer ? ";AUTO_SERVER=TRUE" : ""), null,
                "PUBLIC");
    }

    Connection connect() throws SQLException {
        return DriverManager.getConnection(url);
    }
}
