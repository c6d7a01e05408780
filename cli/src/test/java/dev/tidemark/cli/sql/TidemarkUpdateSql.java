// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.cli.sql;

import dev.tidemark.dialect.Dialect;
import dev.tidemark.dialect.Dialects;
import dev.tidemark.dialect.QuotingStrategy;
import dev.tidemark.error.ErrorCode;
import dev.tidemark.error.TidemarkException;
import dev.tidemark.formats.ChangeLogFiles;
import dev.tidemark.formats.ChangeLogParser;
import dev.tidemark.formats.ParseOptions;
import dev.tidemark.formats.ParseResult;
import dev.tidemark.model.ChangeLog;
import dev.tidemark.model.ChangeSet;
import dev.tidemark.model.DbmsList;
import dev.tidemark.model.change.Change;
import dev.tidemark.model.change.Stop;
import dev.tidemark.sql.ChangeRenderer;
import dev.tidemark.sql.RenderContext;
import dev.tidemark.sql.SqlStatement;
import java.lang.reflect.RecordComponent;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Tidemark's update-sql statements for a changelog on an offline database, per changeset, chosen
 * as Liquibase chooses them: changesets and changes whose {@code dbms} does not match are left
 * out, a refused change refuses its changeset (unless {@code onValidationFail="MARK_RAN"}, which
 * leaves the changeset without statements, as Liquibase does), and a {@code stop} ends the script.
 */
final class TidemarkUpdateSql {
    private TidemarkUpdateSql() {
    }

    static Map<String, ScriptChangeSet> run(Path folder, String changelog, String offlineUrl) {
        Dialect dialect = Dialects.offline(offlineUrl);
        String db = shortName(offlineUrl);
        ParseOptions options = ParseOptions.isolated(folder).withDbms(db);
        ParseResult result = new ChangeLogParser(options).parse(changelog);
        ChangeLog log = result.orThrow();
        ChangeLogFiles files = ChangeLogFiles.of(result, options);
        Map<String, ScriptChangeSet> out = new LinkedHashMap<>();
        for (ChangeSet cs : log.changeSets()) {
            if (!DbmsList.parse(cs.dbms()).matches(db)) {
                continue;
            }
            String key = cs.id() + "::" + cs.author();
            RenderContext ctx = new RenderContext(dialect, cs, QuotingStrategy.of(cs.objectQuotingStrategy()), files,
                    result.properties(), true);
            ChangeRenderer renderer = new ChangeRenderer(ctx);
            List<String> statements = new ArrayList<>();
            String refusal = null;
            boolean stop = false;
            for (Change change : cs.changes()) {
                if (!DbmsList.parse(changeDbms(change)).matches(db)) {
                    continue;
                }
                stop |= change instanceof Stop;
                try {
                    for (SqlStatement s : renderer.render(change)) {
                        statements.add(s.sql());
                    }
                } catch (TidemarkException e) {
                    if (e.code() != ErrorCode.UNSUPPORTED && e.code() != ErrorCode.INVALID_VALUE) {
                        throw e;
                    }
                    refusal = refusal == null ? e.toString() : refusal;
                }
            }
            if (refusal != null && "MARK_RAN".equalsIgnoreCase(cs.onValidationFail())) {
                out.put(key, ScriptChangeSet.of(key, List.of()));
            } else {
                out.put(key, refusal != null ? ScriptChangeSet.refused(key, refusal) : ScriptChangeSet.of(key, statements));
            }
            if (stop) {
                break;
            }
        }
        return out;
    }

    /** The change-level {@code dbms} of the change types that have one (sql, sqlFile, insert, createProcedure). */
    private static String changeDbms(Change change) {
        for (RecordComponent c : change.getClass().getRecordComponents()) {
            if (c.getName().equals("dbms")) {
                try {
                    return (String) c.getAccessor().invoke(change);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return null;
    }

    static String shortName(String offlineUrl) {
        String rest = offlineUrl.substring("offline:".length());
        int q = rest.indexOf('?');
        return q < 0 ? rest : rest.substring(0, q);
    }
}
