// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.plan;

import dev.tidemark.history.HistoryRow;
import dev.tidemark.model.ChangeLog;
import dev.tidemark.model.ChangeLogFile;
import dev.tidemark.model.ChangeSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Liquibase 4.33 gives an included changeset the logicalFilePath of a changelog or include above
 * it only if it has not already run under its own file's path: a database whose history predates
 * the logicalFilePath keeps its rows. The reader cannot know the history, so the relocation is
 * undone here, for changesets whose row (id, author and the file's path, compared exactly as
 * Liquibase does) is already in the history.
 */
public final class RanPaths {
    private RanPaths() {
    }

    /** The changelog with those changesets back under their file's path; the same instance when there are none. */
    public static ChangeLog keep(ChangeLog changeLog, List<HistoryRow> history) {
        Map<String, ChangeLogFile> files = new HashMap<>();
        for (ChangeLogFile f : changeLog.files()) {
            files.putIfAbsent(f.path(), f);
        }
        Set<String> ran = null;
        List<ChangeSet> out = null;
        for (int i = 0; i < changeLog.changeSets().size(); i++) {
            ChangeSet cs = changeLog.changeSets().get(i);
            String own = cs.location().file();
            ChangeLogFile file = files.get(own);
            boolean relocated = cs.logicalFilePath() == null && !cs.filePath().equals(own)
                    && file != null && (file.logicalFilePath() == null || file.logicalFilePath().isBlank());
            if (!relocated) {
                continue;
            }
            if (ran == null) {
                ran = new HashSet<>();
                for (HistoryRow r : history) {
                    ran.add(r.id() + "\u0000" + r.author() + "\u0000" + r.filename());
                }
            }
            if (ran.contains(cs.id() + "\u0000" + cs.author() + "\u0000" + own)) {
                if (out == null) {
                    out = new ArrayList<>(changeLog.changeSets());
                }
                out.set(i, cs.withFilePath(own));
            }
        }
        return out == null ? changeLog : new ChangeLog(changeLog.rootPath(), out, changeLog.preconditions(), changeLog.files());
    }
}
